using Microsoft.Extensions.Localization;
using Showcase.Abstractions.Localization;
using Showcase.Abstractions.Modules;

namespace Showcase.Core.Audit;

/// <summary>
/// Audit action names (<c>brand.publish</c>, <c>user.lock</c>) and actors (<c>recipe:default</c>, <c>system</c>)
/// as people read them. An action's own text is <c>Audit.Action.{action}</c> in the core's or a module's resources
/// (the resource class its manifest names); an action without one reads as its object and verb
/// (<c>Audit.Object.brand</c>, <c>Audit.Verb.published</c>: <c>brands.brand.published</c> reads 品牌 · 发布), and what no resource names is shown as written.
/// </summary>
public sealed class AuditText
{
    private readonly IStringLocalizer _core;
    private readonly IReadOnlyList<IStringLocalizer> _modules;

    public AuditText(IStringLocalizer<SharedText> core, IStringLocalizerFactory localizers, ModuleCatalog catalog)
    {
        _core = core;
        _modules = catalog.Modules.Where(m => m.Resources is not null).Select(m => localizers.Create(m.Resources!)).ToList();
    }

    public string Action(string action)
    {
        if (Find($"Audit.Action.{action}") is { } own)
        {
            return own;
        }

        var parts = action.Split(['.', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return Find($"Audit.Verb.{action}") ?? Readable(action);
        }

        // The noun is the part before the verb (brands.brand.created, user.lock), or else the first part.
        var subject = Find($"Audit.Object.{parts[^2]}") ?? Find($"Audit.Object.{parts[0]}") ?? Readable(parts[^2]);
        var verb = Find($"Audit.Verb.{parts[^1]}") ?? Readable(parts[^1]);
        return _core["Audit.Compose", subject, verb];
    }

    public string Actor(string actor)
    {
        if (Find($"Audit.Actor.{actor}") is { } named)
        {
            return named;
        }

        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Find($"Audit.Actor.{actor[..colon]}") is { } kind
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, kind, actor[(colon + 1)..])
            : actor;
    }

    private string? Find(string key)
    {
        var text = _core[key];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }

        foreach (var module in _modules)
        {
            text = module[key];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }

        return null;
    }

    private static string Readable(string name) => name.Replace('-', ' ').Replace('_', ' ');
}
