// Bootstrap Italia's fonts (Titillium Web, Roboto Mono, Lora) are loaded by its script from the
// folder the build copies them to.
if (window.bootstrap && typeof window.bootstrap.loadFonts === "function") {
    window.bootstrap.loadFonts("/lib/bootstrap-italia/fonts");
}
