using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Showcase.Abstractions.Security;

namespace Showcase.Core.Security;

/// <summary>
/// The headers every answer carries: a strict Content-Security-Policy (scripts, styles, images and fonts from
/// the site itself only; no inline script or style, so pages use files), nosniff, a referrer policy, no framing
/// except for pages marked <see cref="AllowFramingAttribute"/>, a Permissions-Policy that switches off what
/// the site never uses, HSTS over HTTPS, and no <c>Server</c> header.
/// </summary>
public static class SecurityHeadersServiceExtensions
{
    public const string FramablePolicy = "showcase-framable";

    public static WebApplicationBuilder AddShowcaseSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options =>
        {
            // Kestrel adds its Server header after every middleware has run: only Kestrel can leave it out.
            options.AddServerHeader = false;
            Hosting.AddressLengthLimit.ConfigureKestrel(options);
        });

        var frameAncestors = builder.Configuration.GetSection("Showcase:Security:FrameAncestors").Get<string[]>() ?? [];
        builder.Services.AddSecurityHeaderPolicies(policies => policies
            .SetDefaultPolicy(headers => Common(headers, framable: false, frameAncestors))
            .AddPolicy(FramablePolicy, headers => Common(headers, framable: true, frameAncestors))
            .SetPolicySelector(context =>
                context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AllowFramingAttribute>() is not null
                    ? context.ConfiguredPolicies[FramablePolicy]
                    : context.SelectedPolicy));

        // Cookies are Secure whenever the request came over HTTPS (behind a TLS proxy: set
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so that the request is known to be HTTPS).
        builder.Services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return builder;
    }

    /// <summary>First in the pipeline, so that every answer gets the headers: errors, static files and cached pages too.</summary>
    public static WebApplication UseShowcaseSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders();
        return app;
    }

    private static void Common(HeaderPolicyCollection headers, bool framable, IReadOnlyList<string> frameAncestors)
    {
        headers
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 60 * 60 * 24 * 365)
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .AddCrossOriginResourcePolicy(corp => corp.SameOrigin())
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                var ancestors = csp.AddFrameAncestors();
                if (framable)
                {
                    ancestors.Self().From(frameAncestors);
                }
                else
                {
                    ancestors.None();
                }
            })
            .AddPermissionsPolicy(permissions =>
            {
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
                permissions.AddFullscreen().Self();
            });
        if (!framable)
        {
            // For browsers that predate frame-ancestors.
            headers.AddFrameOptionsDeny();
        }
    }
}
