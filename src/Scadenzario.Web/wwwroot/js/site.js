// Bootstrap Italia's fonts (Titillium Web, Roboto Mono, Lora) are loaded by its script from the
// folder the build copies them to.
if (window.bootstrap && typeof window.bootstrap.loadFonts === "function") {
    window.bootstrap.loadFonts("/lib/bootstrap-italia/fonts");
}

// The print button of the cronoprogramma (no inline handlers: the CSP allows only our scripts).
document.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("[data-stampa]")) {
        window.print();
    }
});
