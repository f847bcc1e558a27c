namespace Showcase.Testing;

/// <summary>Script injection attempts, in Markdown and in raw HTML, that a brand's text must never turn into running code.</summary>
public static class XssPayloads
{
    public static readonly string[] All =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=\"window.__xss=1\"></svg>",
        "<svg><script>window.__xss=1</script></svg>",
        "[click](javascript:window.__xss=1)",
        "[click](JaVaScRiPt:window.__xss=1)",
        "[click](&#106;avascript:window.__xss=1)",
        "![x](javascript:window.__xss=1)",
        "<a href=\"javascript:window.__xss=1\">a</a>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "<object data=\"data:text/html,<script>window.__xss=1</script>\"></object>",
        "<embed src=\"javascript:window.__xss=1\">",
        "<body onload=\"window.__xss=1\">",
        "<div style=\"background:url(javascript:window.__xss=1)\">x</div>",
        "<details open ontoggle=\"window.__xss=1\">x</details>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=1\">",
        "<form action=\"javascript:window.__xss=1\"><button>go</button></form>",
        "<input autofocus onfocus=\"window.__xss=1\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
        "<base href=\"javascript:window.__xss=1//\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==\">d</a>",
        "\"><script>window.__xss=1</script>",
        "'><img src=x onerror=window.__xss=1>",
        "</textarea><script>window.__xss=1</script>",
        "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
        "<a href=\"vbscript:msgbox(1)\">v</a>",
        "<video><source onerror=\"window.__xss=1\"></video>",
        "<style>@import 'javascript:window.__xss=1';</style>",
        "``<img src=x onerror=window.__xss=1>``",
    ];
}
