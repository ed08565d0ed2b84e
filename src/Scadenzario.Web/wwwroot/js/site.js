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

// htmx leaves the page as it was when a request fails (a boosted link to a page the account may
// not open, a form posted after the rights changed), so without this the click seems to do
// nothing. The message goes to the layout's alert region, which screen readers announce.
document.addEventListener("htmx:responseError", function (event) {
    var region = document.getElementById("avviso-htmx");
    if (!region) {
        return;
    }

    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    region.textContent = status === 403
        ? "Operazione non consentita: il suo account non ha accesso a questa pagina o a questo ente."
        : "Operazione non riuscita (errore " + status + "). Riprovare tra poco; se il problema continua, avvisare l'amministratore.";
    region.hidden = false;
});

document.addEventListener("htmx:beforeRequest", function () {
    var region = document.getElementById("avviso-htmx");
    if (region) {
        region.hidden = true;
    }
});
