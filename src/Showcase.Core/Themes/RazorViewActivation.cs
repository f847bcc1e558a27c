using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Showcase.Core.Themes;

/// <summary>
/// How a view (a layout, a partial, a view component's view) is made and given its view data and injected services:
/// what MVC's own <see cref="RazorPageActivator"/> and page factory do, without compiling an expression for each view.
/// </summary>
/// <remarks>
/// MVC compiles three lambda expressions for every view the first time it is rendered: one that creates it and two that
/// create its <see cref="ViewDataDictionary{TModel}"/>. Each is IL emitted and then compiled by the JIT, which on the
/// start's first page (a dozen views) cost about 100 ms of the warm-up's rendering in a trace. Here the view is made by
/// its constructor through <see cref="Activator"/>, and its view data and properties by small generic classes that are
/// compiled ahead of time like the rest of the application. Per render, the work is the same: one call per property.
/// Razor Pages' own page class (the <c>@page</c> file) is still activated by MVC.
/// </remarks>
internal static class RazorViewActivation
{
    /// <summary>Replaces MVC's view activator and view factory provider; call after <c>AddRazorPages</c>.</summary>
    public static void Use(IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IRazorPageActivator, RazorViewActivator>());
        services.Replace(ServiceDescriptor.Singleton<IRazorPageFactoryProvider, RazorViewFactoryProvider>());
    }
}

/// <summary>Makes a view from the type its compiled descriptor names, and sets its path.</summary>
internal sealed class RazorViewFactoryProvider(IViewCompilerProvider compilers) : IRazorPageFactoryProvider
{
    public RazorPageFactoryResult CreateFactory(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);

        // A path from the application root ("~/Views/...") is looked up without its tilde, as MVC's provider does.
        if (relativePath.StartsWith("~/", StringComparison.Ordinal))
        {
            relativePath = relativePath[1..];
        }

        var descriptor = compilers.GetCompiler().CompileAsync(relativePath).GetAwaiter().GetResult();
        if (descriptor.Type is not { } viewType)
        {
            return new RazorPageFactoryResult(descriptor, razorPageFactory: null);
        }

        var path = descriptor.RelativePath;
        return new RazorPageFactoryResult(descriptor, () =>
        {
            var page = (IRazorPage)Activator.CreateInstance(viewType)!;
            page.Path = path;
            return page;
        });
    }
}

/// <summary>
/// Gives a view its <see cref="ViewDataDictionary{TModel}"/> and the properties Razor marks <c>[RazorInject]</c>
/// (<c>@inject</c>, <c>Html</c>, <c>Url</c>, <c>Json</c>, <c>Component</c> …), as MVC's <see cref="RazorPageActivator"/> does.
/// </summary>
internal sealed class RazorViewActivator : IRazorPageActivator
{
    // MVC's interface for a view whose model type is known only at run time (Razor Pages' page adapter); internal to MVC.
    private static readonly Type ModelTypeProvider = typeof(RazorPageActivator).Assembly.GetType("Microsoft.AspNetCore.Mvc.Razor.IModelTypeProvider", throwOnError: true)!;

    private readonly ConcurrentDictionary<Type, ViewActivation?> _activations = new();
    private readonly Func<Type, ViewActivation?> _newActivation;
    private readonly IModelMetadataProvider _metadata;
    private readonly RazorPageActivator _mvc;

    public RazorViewActivator(
        IModelMetadataProvider metadata,
        IUrlHelperFactory urlHelpers,
        IJsonHelper json,
        DiagnosticSource diagnostics,
        HtmlEncoder htmlEncoder,
        IModelExpressionProvider modelExpressions)
    {
        _metadata = metadata;
        _mvc = new RazorPageActivator(metadata, urlHelpers, json, diagnostics, htmlEncoder, modelExpressions);
        Func<Type, RazorInjectAttribute, Func<ViewContext, object>> valueOf = (type, inject) =>
            inject.Key is { } key ? context => Contextualized(context.HttpContext.RequestServices.GetRequiredKeyedService(type, key), context)
            : typeof(ViewDataDictionary).IsAssignableFrom(type) ? static context => context.ViewData
            : type == typeof(IUrlHelper) ? urlHelpers.GetUrlHelper
            : type == typeof(IJsonHelper) ? _ => json
            : type == typeof(DiagnosticSource) ? _ => diagnostics
            : type == typeof(HtmlEncoder) ? _ => htmlEncoder
            : type == typeof(IModelExpressionProvider) ? _ => modelExpressions
            : context => Contextualized(context.HttpContext.RequestServices.GetRequiredService(type), context);

        // A page that says its model type at run time is left to MVC's activator, which can ask it.
        _newActivation = pageType => ModelTypeProvider.IsAssignableFrom(pageType) ? null : new ViewActivation(pageType, valueOf);
    }

    public void Activate(IRazorPage page, ViewContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);

        if (_activations.GetOrAdd(page.GetType(), _newActivation) is { } activation)
        {
            activation.Activate(page, context, _metadata);
        }
        else
        {
            _mvc.Activate(page, context);
        }
    }

    private static object Contextualized(object service, ViewContext context)
    {
        (service as IViewContextAware)?.Contextualize(context);
        return service;
    }

    /// <summary>One view type's activation: its view data's type and the properties to set.</summary>
    private sealed class ViewActivation
    {
        private readonly Type _viewDataType;
        private readonly ViewDataFactory _viewData;
        private readonly PropertyInjection[] _properties;

        public ViewActivation(Type pageType, Func<Type, RazorInjectAttribute, Func<ViewContext, object>> valueOf)
        {
            // A view without a model (no "Model" property) gets view data of object, as with MVC's activator.
            var model = pageType.GetRuntimeProperty("Model")?.PropertyType ?? typeof(object);
            _viewDataType = typeof(ViewDataDictionary<>).MakeGenericType(model);
            _viewData = (ViewDataFactory)Activator.CreateInstance(typeof(ViewDataFactory<>).MakeGenericType(model))!;
            _properties = [.. pageType.GetRuntimeProperties()
                .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is { IsStatic: false })
                .Select(p => (Property: p, Inject: p.GetCustomAttribute<RazorInjectAttribute>()))
                .Where(p => p.Inject is not null)
                .Select(p => PropertyInjection.For(p.Property, valueOf(p.Property.PropertyType, p.Inject!)))];
        }

        public void Activate(IRazorPage page, ViewContext context, IModelMetadataProvider metadata)
        {
            // View data of the view's model type: new at the top, wrapped around the caller's when that is of another type.
            context.ViewData = context.ViewData is null ? _viewData.Create(metadata, context.ModelState)
                : context.ViewData.GetType() != _viewDataType ? _viewData.Wrap(context.ViewData)
                : context.ViewData;
            foreach (var property in _properties)
            {
                property.Set(page, context);
            }
        }
    }

    private abstract class ViewDataFactory
    {
        public abstract ViewDataDictionary Create(IModelMetadataProvider metadata, ModelStateDictionary modelState);

        public abstract ViewDataDictionary Wrap(ViewDataDictionary source);
    }

    private sealed class ViewDataFactory<TModel> : ViewDataFactory
    {
        public override ViewDataDictionary Create(IModelMetadataProvider metadata, ModelStateDictionary modelState) => new ViewDataDictionary<TModel>(metadata, modelState);

        public override ViewDataDictionary Wrap(ViewDataDictionary source) => new ViewDataDictionary<TModel>(source);
    }

    private abstract class PropertyInjection
    {
        public abstract void Set(object page, ViewContext context);

        public static PropertyInjection For(PropertyInfo property, Func<ViewContext, object> value)
        {
            var owner = property.DeclaringType!;
            var setter = property.SetMethod!.CreateDelegate(typeof(Action<,>).MakeGenericType(owner, property.PropertyType));
            return (PropertyInjection)Activator.CreateInstance(typeof(PropertyInjection<,>).MakeGenericType(owner, property.PropertyType), setter, value)!;
        }
    }

    private sealed class PropertyInjection<TPage, TValue>(Action<TPage, TValue> setter, Func<ViewContext, object> value) : PropertyInjection
    {
        // A value of another type (view data of another model, say) fails here with an InvalidCastException, as with MVC.
        public override void Set(object page, ViewContext context) => setter((TPage)page, (TValue)value(context));
    }
}
