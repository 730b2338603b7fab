package org.policyindicators.examples.cli;

/**
 * The style sheet of the HTML report, inlined into every page so that the page needs nothing
 * else. Status colours always come with a symbol and a word; hollow and solid shapes, dashes and
 * hatching tell the chart's elements apart without colour.
 */
final class HtmlStyle {

    /** The CSS, one rule a line. */
    static final String CSS = String.join("\n",
            ":root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#0b5cad;--bg:#fff}",
            "*{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%}",
            "body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"
                    + "\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif}",
            "main{max-width:60rem;margin:0 auto;padding:1rem}",
            "h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}",
            "h2{font-size:1.35rem;line-height:1.3;margin:2.5rem 0 .25rem;padding-top:1rem;border-top:3px solid var(--ink)}",
            "h3{font-size:1.1rem;margin:1.5rem 0 .5rem}",
            "h3.goal{border-bottom:1px solid var(--line);padding-bottom:.25rem}",
            "h4{font-size:1rem;margin:0}",
            "h1,h2,h3,h4,p,li,td,th,caption,figcaption,summary{overflow-wrap:anywhere}",
            "code{font-size:.9em}",
            ".meta{color:var(--muted);margin:.25rem 0 .75rem;font-size:.95rem}",
            "ul.summary{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}",
            "ul.summary li{display:flex;align-items:center;gap:.4rem;border:1px solid var(--line);border-radius:.4rem;"
                    + "padding:.2rem .5rem}",
            ".count{font-weight:700;font-variant-numeric:tabular-nums}",
            ".badge{display:inline-block;border-radius:.3rem;padding:0 .35rem;font-weight:600;white-space:nowrap}",
            ".s-achieved{background:#dafbe1;color:#0f5323}",
            ".s-on-track{background:#ddf4ff;color:#0a3069}",
            ".s-behind{background:#fff8c5;color:#6a4a00}",
            ".s-off-track{background:#ffebe9;color:#82071e}",
            ".s-missed{background:#ffcecb;color:#6e011a}",
            ".s-not-assessable{background:#eaeef2;color:#424a53}",
            "ul.goals{padding-left:1.25rem}",
            "ul.goals ul{padding-left:1.25rem}",
            "ul.goals a{color:var(--accent)}",
            "article.indicator{border:1px solid var(--line);border-radius:.5rem;padding:.75rem;margin:1rem 0}",
            "figure{margin:0}",
            "svg.chart{display:block;width:100%;height:auto;max-height:20rem}",
            "figcaption{font-size:.95rem}",
            "ul.statuses{list-style:none;padding:0;margin:.5rem 0}",
            "ul.statuses li{margin:.2rem 0}",
            "table{width:100%;border-collapse:collapse;margin-top:.5rem;font-size:.9rem;table-layout:fixed}",
            "caption{text-align:left;color:var(--muted);padding-bottom:.25rem}",
            "th,td{border-top:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}",
            "thead th{border-top:0;border-bottom:2px solid var(--line)}",
            "th[scope=row]{font-weight:600;width:24%}",
            "thead th:nth-child(2){width:36%}",
            "details.findings{margin:1rem 0}",
            "details.findings li{margin:.25rem 0;font-size:.9rem}",
            "details.legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem}",
            "details.legend li{display:flex;align-items:center;gap:.3rem}",
            "svg.key{width:1.5rem;height:1.5rem;flex:none}",
            ".horizon{fill:#f3f5f7}",
            ".horizon-label,.tick,.no-values{font-size:12px;fill:var(--muted)}",
            ".axis{stroke:var(--muted);stroke-width:1}",
            ".grid{stroke:var(--line);stroke-width:1}",
            ".baseline{fill:var(--ink)}",
            ".obs{fill:var(--accent);stroke:var(--accent);stroke-width:2}",
            ".obs.hollow{fill:#fff}",
            ".target{fill:#fff;stroke:#bc4c00;stroke-width:2.5}",
            ".bound{stroke:#bc4c00;stroke-width:2.5}",
            ".bound-arrow{fill:#bc4c00}",
            ".side{fill:#bc4c00;fill-opacity:.08}",
            ".band{fill:#bc4c00;fill-opacity:.18;stroke:#bc4c00;stroke-dasharray:2 2}",
            ".path{fill:none;stroke:var(--muted);stroke-width:1.5;stroke-dasharray:6 4}",
            "footer{margin-top:3rem;border-top:3px solid var(--ink)}",
            "@media (max-width:40rem){main{padding:.6rem}h1{font-size:1.3rem}h2{font-size:1.15rem}"
                    + "article.indicator{padding:.5rem}table{font-size:.85rem}th[scope=row]{width:30%}"
                    // chart text is in drawing units, which shrink with a narrow screen
                    + ".tick,.horizon-label,.no-values{font-size:19px}}",
            "@media print{details.legend{display:none}article.indicator{break-inside:avoid}}",
            "");

    private HtmlStyle() {
    }
}
