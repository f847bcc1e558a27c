using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Showcase.Brands.Data;
using Showcase.Brands.Models;
using Showcase.Brands.Search;

namespace Showcase.Brands.Services;

/// <summary>A published brand as a card in a list.</summary>
public sealed record BrandCard(
    string Code, string Title, string Slogan, string Summary, string CommunityName, string DistrictName,
    IReadOnlyList<string> Tags, string? CoverMediaId, int? YearFounded, bool IsIllustrative);

public sealed record BrandListQuery(string? District = null, string? Tag = null, int Page = 1);

public sealed record BrandListPage(IReadOnlyList<BrandCard> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Brands per district, for the home page chart.</summary>
public sealed record DistrictCount(string Code, string Name, int Count);

/// <summary>The public side's reads: only published copies, never a draft.</summary>
/// <remarks>
/// The search index is resolved only by <see cref="SearchAsync"/>: opening it loads Lucene and the Chinese
/// analyser, which the list, the home page and the brand page never need. The context too is created only when a
/// read misses the cache: a rendered page answered from memory does without one (creating it was 3-5% of its CPU).
/// </remarks>
public sealed class BrandCatalog(ICommunityDirectory directory, IServiceProvider services, BrandCatalogCache cache, IOptions<BrandsOptions> options)
{
    private BrandsDbContext? _db;

    private BrandsDbContext Db => _db ??= services.GetRequiredService<BrandsDbContext>();

    private int PageSize => options.Value.PageSize;

    public Task<BrandListPage> ListAsync(BrandListQuery query, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"list|{query.District}|{query.Tag}|{query.Page}", () => LoadListAsync(query, cancellationToken));

    private async Task<BrandListPage> LoadListAsync(BrandListQuery query, CancellationToken cancellationToken)
    {
        var db = Db;
        var brands = db.Published.AsNoTracking();
        if (!string.IsNullOrEmpty(query.District))
        {
            brands = brands.Where(b => b.DistrictCode == query.District);
        }

        if (!string.IsNullOrEmpty(query.Tag))
        {
            brands = brands.Where(b => db.PublishedTags.Any(t => t.PublishedBrandId == b.Id && t.Tag == query.Tag));
        }

        var total = await brands.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await brands
            .OrderByDescending(b => b.Content.IsFeatured).ThenBy(b => b.Code)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(CardRow)
            .ToListAsync(cancellationToken);
        return new BrandListPage(await ToCardsAsync(rows, cancellationToken), total, page, PageSize);
    }

    public Task<PublishedBrand?> FindAsync(string code, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"brand|{code}", () => Db.Published.AsNoTracking().FirstOrDefaultAsync(b => b.Code == code, cancellationToken));

    /// <summary>Featured brands first, then the most recently published, up to <paramref name="count"/>.</summary>
    public Task<IReadOnlyList<BrandCard>> FeaturedAsync(int count, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"featured|{count}", () => LoadFeaturedAsync(count, cancellationToken));

    private async Task<IReadOnlyList<BrandCard>> LoadFeaturedAsync(int count, CancellationToken cancellationToken) =>
        await ToCardsAsync(await FeaturedRowsAsync(Db, count, cancellationToken), cancellationToken);

    /// <summary>The home page's featured brands, as rows: this very query is also what the start warms up (<see cref="Startup.WarmUpQueries"/>).</summary>
    internal static Task<List<CardData>> FeaturedRowsAsync(BrandsDbContext db, int count, CancellationToken cancellationToken) =>
        db.Published.AsNoTracking()
            .OrderByDescending(b => b.Content.IsFeatured).ThenBy(b => b.Code)
            .Take(count).Select(CardRow).ToListAsync(cancellationToken);

    /// <summary>Every district of the city with its number of published brands, zero included.</summary>
    public Task<IReadOnlyList<DistrictCount>> CountByDistrictAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync("districts", () => LoadCountByDistrictAsync(cancellationToken));

    private async Task<IReadOnlyList<DistrictCount>> LoadCountByDistrictAsync(CancellationToken cancellationToken)
    {
        var counts = await CountsByDistrictAsync(Db, cancellationToken);
        var view = await directory.GetAsync(cancellationToken);
        return view.Districts
            .Select(d => new DistrictCount(d.Code, d.Name, counts.FirstOrDefault(c => c.District == d.Code)?.Count ?? 0))
            .ToList();
    }

    /// <summary>Published brands per district, for the home page: also warmed up at start (<see cref="Startup.WarmUpQueries"/>).</summary>
    internal static Task<List<DistrictRow>> CountsByDistrictAsync(BrandsDbContext db, CancellationToken cancellationToken) =>
        db.Published.AsNoTracking().GroupBy(b => b.DistrictCode)
            .Select(g => new DistrictRow(g.Key, g.Count())).ToListAsync(cancellationToken);

    internal sealed record DistrictRow(string District, int Count);

    /// <summary>The tags in use, most used first, among the brands of one district when <paramref name="district"/> is given.</summary>
    public Task<IReadOnlyList<(string Tag, int Count)>> TagsAsync(int count, string? district = null, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync($"tags|{district}|{count}", () => LoadTagsAsync(count, district, cancellationToken));

    private async Task<IReadOnlyList<(string Tag, int Count)>> LoadTagsAsync(int count, string? district, CancellationToken cancellationToken)
    {
        var db = Db;
        var tags = db.PublishedTags.AsNoTracking();
        if (!string.IsNullOrEmpty(district))
        {
            tags = tags.Where(t => db.Published.Any(b => b.Id == t.PublishedBrandId && b.DistrictCode == district));
        }

        var rows = await tags.GroupBy(t => t.Tag)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).Take(count).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Key, r.Count)).ToList();
    }

    /// <summary>The number of published brands, from the database (not cached).</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await Db.Published.CountAsync(cancellationToken);

    /// <summary>Full-text search; hits whose brand is no longer published are left out.</summary>
    public async Task<BrandListPage> SearchAsync(string text, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var found = services.GetRequiredService<BrandSearchIndex>().Search(text, (page - 1) * PageSize, PageSize);
        var codes = found.Hits.Select(h => h.Code).ToList();
        var rows = await Db.Published.AsNoTracking().Where(b => codes.Contains(b.Code)).Select(CardRow).ToListAsync(cancellationToken);
        var ordered = codes.Select(c => rows.FirstOrDefault(r => r.Code == c)).OfType<CardData>().ToList();
        return new BrandListPage(await ToCardsAsync(ordered, cancellationToken), found.Total, page, PageSize);
    }

    /// <summary>Code and time of publishing of every published brand, for the sitemap.</summary>
    public async Task<IReadOnlyList<(string Code, DateTimeOffset PublishedUtc)>> SitemapAsync(CancellationToken cancellationToken = default)
    {
        var rows = await Db.Published.AsNoTracking().OrderBy(b => b.Code)
            .Select(b => new { b.Code, b.PublishedUtc }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Code, r.PublishedUtc)).ToList();
    }

    /// <summary>
    /// The published brands among <paramref name="codes"/>, as cards in the order asked; the others are left out.
    /// Not cached: inside a command (a recipe) it sees what the command published.
    /// </summary>
    public async Task<IReadOnlyList<BrandCard>> CardsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default)
    {
        if (codes.Count == 0)
        {
            return [];
        }

        var rows = await Db.Published.AsNoTracking().Where(b => codes.Contains(b.Code)).Select(CardRow).ToListAsync(cancellationToken);
        var ordered = codes.Select(c => rows.FirstOrDefault(r => r.Code == c)).OfType<CardData>().ToList();
        return await ToCardsAsync(ordered, cancellationToken);
    }

    internal sealed record CardData(string Code, string Title, string Slogan, string Summary, string CommunityCode, string DistrictCode,
        List<string> Tags, string? CoverMediaId, int? YearFounded, bool IsIllustrative);

    private static readonly System.Linq.Expressions.Expression<Func<PublishedBrand, CardData>> CardRow = b =>
        new CardData(b.Code, b.Content.Title, b.Content.Slogan, b.Content.Summary, b.Content.CommunityCode, b.DistrictCode, b.Content.Tags, b.Content.CoverMediaId, b.Content.YearFounded, b.Content.IsIllustrative);

    private async Task<IReadOnlyList<BrandCard>> ToCardsAsync(IReadOnlyList<CardData> rows, CancellationToken cancellationToken)
    {
        var view = await directory.GetAsync(cancellationToken);
        return rows.Select(r => new BrandCard(r.Code, r.Title, r.Slogan, r.Summary,
            view.Community(r.CommunityCode)?.CommunityName ?? r.CommunityCode, view.DistrictName(r.DistrictCode),
            r.Tags, r.CoverMediaId, r.YearFounded, r.IsIllustrative)).ToList();
    }
}
