using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Showcase.Abstractions.Events;
using Showcase.Abstractions.Sitemap;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Live;
using Showcase.Evaluations.Notice;
using Showcase.Evaluations.Scorecards;

namespace Showcase.Evaluations;

/// <summary>
/// The rounds' public side: the public notice and its JSON, objections (rate-limited), the live big screen and its
/// event stream, and the judges' JSON submission endpoint. Kept apart from <see cref="Startup"/> so that the module's
/// table of contents stays one line per feature.
/// </summary>
public static class PublicRounds
{
    public static IServiceCollection AddPublicRounds(this IServiceCollection services)
    {
        // TryAdd inside: the host's localization settings stand; a bare test host still gets localizers.
        services.AddLocalization();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.Section);

        services.AddScoped<PublicNoticeReader>();
        services.AddScoped<ObjectionReader>();
        services.AddScoped<ISitemapSource, RoundsSitemapSource>();
        services.AddRateLimiter(options => options.AddPolicy<string, ObjectionRateLimit>(ObjectionRateLimit.Name));

        services.TryAddSingleton<LiveBroadcaster>();
        services.AddScoped<LiveBoardReader>();
        services.AddScoped<LiveFeedHandler>();
        services.AddScoped<IDomainEventHandler<ScorecardSubmitted>>(sp => sp.GetRequiredService<LiveFeedHandler>());
        services.AddScoped<IDomainEventHandler<RoundStateChanged>>(sp => sp.GetRequiredService<LiveFeedHandler>());
        services.AddScoped<IDomainEventHandler<RoundDefinitionChanged>>(sp => sp.GetRequiredService<LiveFeedHandler>());
        return services;
    }

    public static IEndpointRouteBuilder MapPublicRounds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPublishedResults();
        endpoints.MapLiveEvents();
        endpoints.MapScorecardSubmission();
        return endpoints;
    }
}
