using Microsoft.AspNetCore.Builder;

namespace Showcase.Core.Jobs;

public static class JobServiceExtensions
{
    /// <summary>Quartz with a persistent job store in the same database.</summary>
    public static WebApplicationBuilder AddShowcaseJobs(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
