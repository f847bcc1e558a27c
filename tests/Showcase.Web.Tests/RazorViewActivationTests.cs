using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Showcase.Core.Themes;
using Showcase.Web.Tests.Support;

namespace Showcase.Web.Tests;

/// <summary>
/// Showcase makes and activates views itself (<see cref="RazorViewActivation"/>), without the lambda expressions MVC
/// compiles for each view. It must give a view what MVC's own activator gives it, read here side by side on MVC's
/// services; and the host must use it.
/// </summary>
public sealed class RazorViewActivationTests(ShowcaseWebFactory host) : IClassFixture<ShowcaseWebFactory>, IDisposable
{
    private readonly ServiceProvider _services = MvcServices();
    private IServiceScope? _scope;

    private IServiceScope Request => _scope ??= _services.CreateScope();

    public void Dispose()
    {
        _scope?.Dispose();
        _services.Dispose();
    }

    [Fact]
    public void The_host_makes_and_activates_views_with_showcases_own()
    {
        host.Services.GetRequiredService<IRazorPageActivator>().ShouldBeOfType<RazorViewActivator>();
        host.Services.GetRequiredService<IRazorPageFactoryProvider>().ShouldBeOfType<RazorViewFactoryProvider>();
    }

    [Fact]
    public void A_view_gets_view_data_of_its_model_type_and_every_injected_property()
    {
        var (ours, mvc) = (Activated(Ours(), viewData: null), Activated(Mvc(), viewData: null));

        foreach (var (page, context) in new[] { ours, mvc })
        {
            context.ViewData.ShouldBeOfType<ViewDataDictionary<ProbeModel>>();
            page.Data.ShouldBeSameAs(context.ViewData);
            page.Html.ViewContext.ShouldBeSameAs(context);
            page.Url.ActionContext.ShouldBeSameAs(context);
            page.Json.ShouldBeSameAs(_services.GetRequiredService<IJsonHelper>());
            page.Encoder.ShouldBeSameAs(_services.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>());
            page.Keyed.ShouldBeSameAs(_services.GetRequiredKeyedService<ProbeService>("probe"));
            page.Scoped.ShouldBeSameAs(Request.ServiceProvider.GetRequiredService<ScopedProbe>());
            page.NotInjected.ShouldBeNull();
        }
    }

    [Fact]
    public void View_data_of_another_model_type_is_wrapped_and_of_the_same_type_kept()
    {
        var outer = new ViewDataDictionary<object>(_services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { ["Title"] = "首页" };
        var same = new ViewDataDictionary<ProbeModel>(outer);

        foreach (var activator in new IRazorPageActivator[] { Ours(), Mvc() })
        {
            var (_, wrapped) = Activated(activator, outer);
            wrapped.ViewData.ShouldBeOfType<ViewDataDictionary<ProbeModel>>();
            wrapped.ViewData.ShouldNotBeSameAs(outer);
            wrapped.ViewData["Title"].ShouldBe("首页");

            var (_, kept) = Activated(activator, same);
            kept.ViewData.ShouldBeSameAs(same);
        }
    }

    [Fact]
    public void A_view_without_a_model_gets_view_data_of_object()
    {
        var page = new ModelessView();
        var context = Context(viewData: null);

        Ours().Activate(page, context);

        context.ViewData.ShouldBeOfType<ViewDataDictionary<object>>();
        page.Json.ShouldNotBeNull();
    }

    [Fact]
    public void The_view_factory_makes_the_compiled_view_with_its_path_and_says_when_there_is_none()
    {
        var views = _services.GetRequiredService<IRazorPageFactoryProvider>();
        views.ShouldBeOfType<RazorViewFactoryProvider>();
        var compiled = new RazorViewFactoryProvider(new CompiledViews());

        var found = compiled.CreateFactory("~/Views/Probe.cshtml");
        var missing = compiled.CreateFactory("/Views/None.cshtml");

        found.Success.ShouldBeTrue();
        var page = found.RazorPageFactory!();
        page.ShouldBeOfType<ProbeView>();
        page.Path.ShouldBe("/Views/Probe.cshtml");
        found.RazorPageFactory!().ShouldNotBeSameAs(page);
        missing.Success.ShouldBeFalse();
    }

    private RazorViewActivator Ours() => (RazorViewActivator)_services.GetRequiredService<IRazorPageActivator>();

    private RazorPageActivator Mvc() => ActivatorUtilities.CreateInstance<RazorPageActivator>(_services);

    private (ProbeView Page, ViewContext Context) Activated(IRazorPageActivator activator, ViewDataDictionary? viewData)
    {
        var page = new ProbeView();
        var context = Context(viewData);
        page.ViewContext = context;
        activator.Activate(page, context);
        return (page, context);
    }

    private ViewContext Context(ViewDataDictionary? viewData)
    {
        var http = new DefaultHttpContext { RequestServices = Request.ServiceProvider };
        var context = new ViewContext
        {
            HttpContext = http,
            RouteData = new RouteData(),
            ActionDescriptor = new ActionDescriptor(),
            Writer = TextWriter.Null,
        };
        if (viewData is not null)
        {
            context.ViewData = viewData;
        }

        return context;
    }

    private static ServiceProvider MvcServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var diagnostics = new DiagnosticListener("RazorViewActivationTests");
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddControllersWithViews();
        services.AddKeyedSingleton<ProbeService>("probe");
        services.AddScoped<ScopedProbe>();
        RazorViewActivation.Use(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public sealed class ProbeModel;

    public sealed class ProbeService;

    public sealed class ScopedProbe;

    /// <summary>What Razor generates for a view's properties, written by hand: <c>[RazorInject]</c> on each.</summary>
    public sealed class ProbeView : RazorPage<ProbeModel>
    {
        [RazorInject]
        public IHtmlHelper<ProbeModel> Html { get; private set; } = default!;

        [RazorInject]
        public IUrlHelper Url { get; private set; } = default!;

        [RazorInject]
        public IJsonHelper Json { get; private set; } = default!;

        [RazorInject]
        public System.Text.Encodings.Web.HtmlEncoder Encoder { get; private set; } = default!;

        [RazorInject]
        public ViewDataDictionary<ProbeModel> Data { get; private set; } = default!;

        [RazorInject(Key = "probe")]
        public ProbeService Keyed { get; private set; } = default!;

        [RazorInject]
        internal ScopedProbe Scoped { get; private set; } = default!;

        public ProbeService? NotInjected { get; private set; }

        public override Task ExecuteAsync() => Task.CompletedTask;
    }

    public sealed class ModelessView : RazorPageBase, IRazorPage
    {
        [RazorInject]
        public IJsonHelper Json { get; private set; } = default!;

        public override Task ExecuteAsync() => Task.CompletedTask;

        public override void BeginContext(int position, int length, bool isLiteral)
        {
        }

        public override void EndContext()
        {
        }

        public override void EnsureRenderedBodyOrSections()
        {
        }
    }

    private sealed class CompiledViews : IViewCompilerProvider, IViewCompiler
    {
        public IViewCompiler GetCompiler() => this;

        public Task<CompiledViewDescriptor> CompileAsync(string relativePath) => Task.FromResult(relativePath == "/Views/Probe.cshtml"
            ? new CompiledViewDescriptor(new ProbeItem())
            : new CompiledViewDescriptor { RelativePath = relativePath });
    }

    private sealed class ProbeItem : Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItem
    {
        public override string Identifier => "/Views/Probe.cshtml";

        public override string Kind => "mvc.1.0.view";

        public override IReadOnlyList<object> Metadata => [];

        public override Type Type => typeof(ProbeView);
    }
}
