"""Window feature: coverage — the Laporan dashboard, the claims register and the rate tables.
install(window) adds the three pages and the Laporan menu actions."""
from __future__ import annotations


def install(window) -> None:  # noqa: ANN001
    """Add this feature's pages and actions to the main window."""
    from desktop.ui.coverage.claims_page import ClaimsPage
    from desktop.ui.coverage.dashboard import DashboardPage
    from desktop.ui.coverage.rates_page import RateDialog, RatesPage

    dashboard, claims, rates = DashboardPage(window), ClaimsPage(window), RatesPage(window)
    window.coverage = dashboard
    tr = dashboard.tr
    window.add_page("laporan", dashboard, tr("Laporan"))
    window.add_page("klaim", claims, tr("Klaim"))
    window.add_page("tarif", rates, tr("Tarif Iuran"))
    window.pages.currentChanged.connect(lambda _i: _refresh_if_stale(window, dashboard))
    claims.refresh()
    rates.refresh()

    window.add_action("laporan", tr("&Dasbor cakupan"), lambda: _show(window, "laporan"), shortcut="Ctrl+L",
                      name="act_dashboard")
    window.add_action("laporan", tr("Ekspor laporan &PDF…"), lambda: dashboard.export(".pdf"), name="act_report_pdf")
    window.add_action("laporan", tr("Ekspor laporan &Excel…"), lambda: dashboard.export(".xlsx"),
                      name="act_report_xlsx")
    window.add_action("laporan", tr("Simpan &grafik…"), dashboard.save_charts, name="act_report_charts")
    window.menus["laporan"].addSeparator()
    window.add_action("laporan", tr("&Register klaim"), lambda: _show(window, "klaim"), name="act_claims")
    window.add_action("laporan", tr("&Klaim baru…"), lambda: (_show(window, "klaim"), claims.new_claim()),
                      name="act_new_claim", writes=True)
    window.menus["laporan"].addSeparator()
    window.add_action("laporan", tr("&Tabel tarif iuran"), lambda: _show(window, "tarif"), name="act_rates")
    window.add_action("laporan", tr("Tambah &baris tarif…"), lambda: (_show(window, "tarif"),
                                                                     rates.open_dialog(RateDialog)),
                      name="act_add_rate", writes=True)


def _refresh_if_stale(window, dashboard) -> None:  # noqa: ANN001
    """The dashboard computes (in the background) when shown and stale, not on every write elsewhere."""
    if window.pages.currentWidget() is dashboard and dashboard.loaded is None:
        dashboard.refresh()


def _show(window, key: str) -> None:  # noqa: ANN001
    page = window.show_page(key)
    if page is not None:
        page.refresh()
