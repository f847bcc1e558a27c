using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Showcase.Core.Localization;

/// <summary>
/// Keeps every text found in the resources per UI culture, so that a page's dozens of lookups do not each
/// take <see cref="System.Resources.ResourceManager"/>'s lock (contended under load). Resources do not change
/// while the process runs. A name the resources lack is not kept, so the cache holds at most the resources.
/// </summary>
internal sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_found.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var text = inner[name];
            if (!text.ResourceNotFound)
            {
                _found.TryAdd(key, text);
            }

            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            // As ResourceManagerStringLocalizer formats: the current culture, the name when nothing was found.
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
