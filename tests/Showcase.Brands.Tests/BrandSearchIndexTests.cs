using Shouldly;
using Showcase.Brands.Search;

namespace Showcase.Brands.Tests;

/// <summary>The SmartCn index on known texts: Chinese words find the right brands, best match first.</summary>
public sealed class BrandSearchIndexTests : IDisposable
{
    private readonly string _path = Directory.CreateTempSubdirectory("brand-search-").FullName;
    private readonly BrandSearchIndex _index;

    public BrandSearchIndexTests()
    {
        _index = new BrandSearchIndex(_path);
        _index.RebuildAsync(
        [
            Doc("B01", "红网联动", "网格治理", "烟柳园社区以党建引领网格治理，网格员现场处置群众问题。", ["网格治理", "楼栋长"]),
            Doc("B03", "和泽九华·爱心快递", "志愿服务", "居民下单，党员志愿者接单，把爱心快递送到独居老人家门口。", ["志愿服务", "为老服务"]),
            Doc("B04", "清水芙蓉", "清廉文化", "社区推动物业服务企业建立党组织，红色物业让小区环境改善。", ["红色物业"]),
            Doc("B07", "翠微红管家", "红色物业", "红色物业小区管家，物业公司和业委会三方联动。", ["红色物业", "小区治理"]),
            Doc("B13", "湖心夕阳红", "居家养老", "为老服务助餐助浴，志愿者上门陪伴老人。", ["为老服务"]),
        ]).GetAwaiter().GetResult();
    }

    private static BrandSearchDocument Doc(string code, string title, string slogan, string body, string[] tags) =>
        new(code, title, slogan, "", body, [], tags, "池州市", code == "B03" ? "JHS" : "GC");

    private List<string> Codes(string query) => _index.Search(query, 0, 10).Hits.Select(h => h.Code).ToList();

    [Fact]
    public void A_word_from_the_body_finds_its_brand()
    {
        Codes("快递").ShouldBe(["B03"]);
        Codes("网格员").ShouldContain("B01");
    }

    [Fact]
    public void A_brand_named_for_the_words_ranks_above_one_that_only_mentions_them()
    {
        // B07's title, slogan and tags say 红色物业; B04 mentions it once in its body.
        Codes("红色物业").Take(2).ShouldBe(["B07", "B04"]);
    }

    [Fact]
    public void Two_brands_about_the_elderly_are_both_found_and_the_one_tagged_first()
    {
        var codes = Codes("为老服务");
        codes.ShouldContain("B03");
        codes.ShouldContain("B13");
    }

    [Fact]
    public void Query_syntax_from_a_visitor_is_taken_as_words()
    {
        Should.NotThrow(() => _index.Search("网格 AND (\"* OR ~ :", 0, 10));
        Codes("网格 AND (").ShouldContain("B01");
    }

    [Fact]
    public void A_district_filter_keeps_only_that_districts_brands()
    {
        _index.Search("志愿者", 0, 10, districtCode: "JHS").Hits.Select(h => h.Code).ShouldBe(["B03"]);
    }

    [Fact]
    public async Task A_removed_brand_is_no_longer_found_and_an_update_replaces_the_old_text()
    {
        var path = Directory.CreateTempSubdirectory("brand-search-").FullName;
        using var index = new BrandSearchIndex(path);
        await index.UpsertAsync(Doc("X1", "旧名称", "", "快递", []));
        await index.UpsertAsync(Doc("X1", "新名称", "", "养老", []));
        index.Search("快递", 0, 10).Hits.ShouldBeEmpty();
        index.Search("养老", 0, 10).Hits.Single().Code.ShouldBe("X1");

        await index.RemoveAsync("X1");
        index.Search("养老", 0, 10).Hits.ShouldBeEmpty();
        index.Count.ShouldBe(0);
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_path, recursive: true);
    }
}
