using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace Showcase.Core.Localization;

/// <summary>
/// One <see cref="CachedStringLocalizer"/> per resource type for the life of the process. The framework's
/// factory works out the resource name from the type's attributes on every call, and every view and partial
/// asks for its localizers once per render.
/// </summary>
internal sealed class CachingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string BaseName, string Location), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachedStringLocalizer(inner.Create(key.BaseName, key.Location)));
}
