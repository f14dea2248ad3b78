using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rssp.Reports.Tests;

/// <summary>The quick report's index.html as a reader sees it, in headless Chromium (Debian's chromium, which .ci/run
/// installs where missing): MathML present, no raw markup in the rendered text, every internal link resolves, every
/// image loads, nothing wider than the window at 800 px. Screenshots at 1400 and 800 px are kept in
/// $RSSP_BROWSER_ARTIFACTS (CI's artefacts), or in the temporary folder.</summary>
[Collection(QuickReportCollection.Name)]
public partial class BrowserTests(QuickReport report)
{
    /// <summary>Appended to a copy of the page: after load, writes what a reader would meet into a #probe element.</summary>
    private const string Probe = """
        <script>
        addEventListener('load', () => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > width + 1)
            .map(e => e.tagName + ': ' + (e.textContent || '').trim().slice(0, 80));
          const broken = [...document.images].filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src'));
          const probe = document.createElement('pre');
          probe.id = 'probe';
          probe.textContent = JSON.stringify({ scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5), broken });
          document.body.appendChild(probe);
        });
        </script>
        """;

    [Fact]
    public void The_report_renders_in_chromium_with_math_links_images_and_no_overflow_at_800_px()
    {
        Assert.Equal(0, report.Code);
        var html = File.ReadAllText(report.File("index.html"));
        var probePage = report.File("probe.html");
        File.WriteAllText(probePage, html.Replace("</body>", Probe + "</body>"));
        var artefacts = Environment.GetEnvironmentVariable("RSSP_BROWSER_ARTIFACTS") is { Length: > 0 } a ? a : Path.Combine(Path.GetTempPath(), "rssp-browser");
        Directory.CreateDirectory(artefacts);

        foreach (var width in new[] { 1400, 800 })
        {
            var dom = Chromium($"--window-size={width},1000", "--dump-dom", new Uri(probePage).AbsoluteUri);
            var probe = Regex.Match(dom, "<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline);
            Assert.True(probe.Success, $"the page did not finish loading in Chromium at {width} px:\n{dom[..Math.Min(dom.Length, 500)]}");
            using var facts = JsonDocument.Parse(WebUtility.HtmlDecode(probe.Groups[1].Value));
            var root = facts.RootElement;
            Assert.Empty(root.GetProperty("broken").EnumerateArray().Select(e => e.GetString()));
            Assert.True(root.GetProperty("scrollWidth").GetInt32() <= root.GetProperty("width").GetInt32(),
                $"at {width} px the page is {root.GetProperty("scrollWidth").GetInt32()} px wide; too wide: {root.GetProperty("wide")}");
            Assert.Empty(root.GetProperty("wide").EnumerateArray().Select(e => e.GetString()));

            var page = dom[..probe.Index];
            Assert.Contains("<math", page);
            var text = WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(page, "<(style|script)[^>]*>.*?</\\1>", "", RegexOptions.Singleline), "<[^>]+>", " "));
            foreach (var raw in new[] { "`", "_{", "^{", "\\(" }) Assert.DoesNotContain(raw, text);
            var ids = Regex.Matches(page, "\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
            var links = Regex.Matches(page, "href=\"#([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(links);
            Assert.All(links, l => Assert.Contains(l, ids));
            var sources = Regex.Matches(page, "<img[^>]*\\ssrc=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.True(File.Exists(report.File(Uri.UnescapeDataString(s))), s));

            var shot = Path.Combine(artefacts, $"report-{width}.png");
            Chromium($"--window-size={width},3000", $"--screenshot={shot}", new Uri(report.File("index.html")).AbsoluteUri);
            Assert.True(File.Exists(shot), shot);
        }
    }

    /// <summary>Runs headless Chromium on the arguments and returns its standard output.</summary>
    private static string Chromium(params string[] args)
    {
        var exe = new[] { "chromium", "chromium-browser" }.Select(Which).FirstOrDefault(p => p is not null)
                  ?? throw new InvalidOperationException("the browser test needs Debian's chromium on PATH (apt-get install -y chromium; .ci/run installs it).");
        using var profile = new TempFolder();
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--virtual-time-budget=10000", $"--user-data-dir={profile.Path}" }.Concat(args))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chromium failed ({process.ExitCode}): {error.Result}");
        return output;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
