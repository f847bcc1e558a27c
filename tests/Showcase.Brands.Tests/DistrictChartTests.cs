using System.Xml.Linq;
using Shouldly;
using Showcase.Brands.Services;

namespace Showcase.Brands.Tests;

public sealed class DistrictChartTests
{
    [Fact]
    public void Each_district_gets_a_bar_as_long_as_its_share_of_the_largest()
    {
        var svg = XElement.Parse(DistrictChart.Render([new("GC", "贵池区", 16), new("DZ", "东至县", 8), new("JHS", "九华山风景区", 0)], "各区县品牌数"));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var bars = svg.Descendants(ns + "rect").Select(r => int.Parse(r.Attribute("width")!.Value)).ToList();
        bars.Count.ShouldBe(3);
        bars[1].ShouldBe(bars[0] / 2);
        bars[2].ShouldBeLessThan(bars[1]);
        svg.Descendants(ns + "text").Select(t => t.Value).ShouldContain("贵池区");
        svg.Attribute("aria-label")!.Value.ShouldBe("各区县品牌数");
    }

    [Fact]
    public void Names_are_escaped()
    {
        var svg = DistrictChart.Render([new("X", "<script>alert(1)</script>", 1)], "t");

        svg.ShouldNotContain("<script>");
        Should.NotThrow(() => XElement.Parse(svg));
    }
}
