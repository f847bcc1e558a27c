using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Showcase.Abstractions.Recipes;

namespace Showcase.Abstractions.Recipes;

/// <summary>
/// One JSON object of a recipe, read strictly. Every property is read once, by name, with the type it
/// must have; a missing required property, a wrong type, a property given twice or a property nobody
/// read is a <see cref="RecipeException"/> with the JSON path of the offending value.
/// Start with <see cref="Read{T}"/> (or <c>context.Read(...)</c> inside a step): it checks for unknown
/// properties after the reading function returns, so a step cannot forget to.
/// </summary>
public sealed partial class RecipeObject
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private RecipeObject(JsonElement element, string path)
    {
        _element = element;
        Path = path;
    }

    /// <summary>The JSON path of this object, e.g. <c>$.steps[0].units[3]</c>.</summary>
    public string Path { get; }

    /// <summary>Reads <paramref name="element"/> as an object with <paramref name="read"/>, then rejects any property it did not read.</summary>
    public static T Read<T>(JsonElement element, string path, Func<RecipeObject, T> read) =>
        Read(element, path, [], read);

    public static T Read<T>(JsonElement element, string path, IReadOnlyCollection<string> alreadyRead, Func<RecipeObject, T> read)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new RecipeException(path, $"must be an object, not {Describe(element)}");
        }

        var obj = new RecipeObject(element, path);
        obj.RejectDuplicates();
        obj._read.UnionWith(alreadyRead);
        var result = read(obj);
        obj.RejectUnread();
        return result;
    }

    /// <summary>The path of one of this object's properties.</summary>
    public string PathOf(string property) =>
        SimpleName().IsMatch(property) ? $"{Path}.{property}" : $"{Path}['{property.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>An error about one property, to throw: <c>throw unit.Error("parent", "...")</c>.</summary>
    public RecipeException Error(string property, string message) => new(PathOf(property), message);

    /// <summary>An error about the object as a whole.</summary>
    public RecipeException Error(string message) => new(Path, message);

    /// <summary>Whether the property is present with a value other than <c>null</c>. Does not count as reading it.</summary>
    public bool Has(string property) => _element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;

    public string RequiredString(string property, int maxLength = int.MaxValue) =>
        OptionalString(property, maxLength) is { } value
            ? string.IsNullOrWhiteSpace(value) ? throw Error(property, "must not be empty") : value
            : throw Missing(property);

    /// <returns>null when the property is absent or <c>null</c>.</returns>
    public string? OptionalString(string property, int maxLength = int.MaxValue)
    {
        if (Take(property) is not { } value)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(property, "a string", value);
        return text.Length > maxLength ? throw Error(property, $"is longer than {maxLength} characters") : text;
    }

    public int RequiredInt(string property) => OptionalInt(property) ?? throw Missing(property);

    public int? OptionalInt(string property) => Take(property) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        { } value => throw WrongType(property, "a whole number", value),
    };

    public decimal RequiredDecimal(string property) => OptionalDecimal(property) ?? throw Missing(property);

    public decimal? OptionalDecimal(string property) => Take(property) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
        { } value => throw WrongType(property, "a number", value),
    };

    public bool RequiredBool(string property) => OptionalBool(property) ?? throw Missing(property);

    public bool? OptionalBool(string property) => Take(property) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } value => throw WrongType(property, "true or false", value),
    };

    /// <summary>
    /// An enum value written in any of the usual spellings: <c>city</c>, <c>City</c>, <c>trimmed-mean</c>,
    /// <c>PUBLIC_NOTICE</c> (case, dashes and underscores are ignored). Numbers are not accepted.
    /// </summary>
    public TEnum RequiredEnum<TEnum>(string property) where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(property) ?? throw Missing(property);

    public TEnum? OptionalEnum<TEnum>(string property) where TEnum : struct, Enum
    {
        if (OptionalString(property) is not { } text)
        {
            return null;
        }

        var wanted = Normalize(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Normalize(value.ToString()) == wanted)
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetNames<TEnum>().Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n)));
        throw Error(property, $"'{text}' is not one of {allowed}");
    }

    /// <summary>A point in time written in ISO 8601 with its offset (<c>2021-03-01T00:00:00+08:00</c> or <c>...Z</c>).</summary>
    public DateTimeOffset RequiredTime(string property) => OptionalTime(property) ?? throw Missing(property);

    public DateTimeOffset? OptionalTime(string property)
    {
        if (OptionalString(property) is not { } text)
        {
            return null;
        }

        if (!IsoTimeWithOffset().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw Error(property, $"'{text}' is not a time with an offset, such as 2021-03-01T09:00:00+08:00");
        }

        return time;
    }

    public IReadOnlyList<string> RequiredStrings(string property) => OptionalStringsOrNull(property) ?? throw Missing(property);

    /// <returns>an empty list when the property is absent or <c>null</c>.</returns>
    public IReadOnlyList<string> OptionalStrings(string property) => OptionalStringsOrNull(property) ?? [];

    /// <summary>An array of objects, each read strictly with <paramref name="readItem"/>.</summary>
    public IReadOnlyList<T> RequiredArray<T>(string property, Func<RecipeObject, T> readItem) =>
        OptionalArrayOrNull(property, readItem) ?? throw Missing(property);

    /// <returns>an empty list when the property is absent or <c>null</c>.</returns>
    public IReadOnlyList<T> OptionalArray<T>(string property, Func<RecipeObject, T> readItem) =>
        OptionalArrayOrNull(property, readItem) ?? [];

    public T RequiredObject<T>(string property, Func<RecipeObject, T> read) =>
        Take(property) is { } value ? Read(value, PathOf(property), read) : throw Missing(property);

    public T? OptionalObject<T>(string property, Func<RecipeObject, T> read) where T : class =>
        Take(property) is { } value ? Read(value, PathOf(property), read) : null;

    /// <summary>An object used as a map from names to numbers, e.g. <c>"criteria": { "innovation": 36.5 }</c>, in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> RequiredNumberMap(string property)
    {
        var value = Take(property) ?? throw Missing(property);
        return Read(value, PathOf(property), map => map._element.EnumerateObject()
            .Select(p => KeyValuePair.Create(p.Name, map.RequiredDecimal(p.Name)))
            .ToList());
    }

    /// <summary>
    /// The raw value of a property a step reads in its own way (marked as read). Prefer the typed readers;
    /// use this only for shapes they do not cover.
    /// </summary>
    public JsonElement? OptionalElement(string property) => Take(property);

    /// <summary>The raw items of a required array (the runner reads the steps this way and hands each to its step).</summary>
    public IReadOnlyList<JsonElement> RequiredElementArray(string property)
    {
        var value = Take(property) ?? throw Missing(property);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : throw WrongType(property, "an array", value);
    }

    /// <summary>Leaves the other properties to someone else (the runner reads only <c>step</c>; the step reads the rest).</summary>
    public void IgnoreRest() => _read.UnionWith(_element.EnumerateObject().Select(p => p.Name));

    private List<string>? OptionalStringsOrNull(string property)
    {
        if (Take(property) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(property, "an array of strings", value);
        }

        var path = PathOf(property);
        return value.EnumerateArray()
            .Select((item, i) => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new RecipeException($"{path}[{i}]", $"must be a string, not {Describe(item)}"))
            .ToList();
    }

    private List<T>? OptionalArrayOrNull<T>(string property, Func<RecipeObject, T> readItem)
    {
        if (Take(property) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(property, "an array", value);
        }

        var path = PathOf(property);
        return value.EnumerateArray().Select((item, i) => Read(item, $"{path}[{i}]", readItem)).ToList();
    }

    /// <summary>Marks the property as read and returns its value; null when absent or JSON <c>null</c>.</summary>
    private JsonElement? Take(string property)
    {
        _read.Add(property);
        return _element.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private void RejectDuplicates()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Error(property.Name, "is given twice");
            }
        }
    }

    private void RejectUnread()
    {
        var unknown = _element.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !_read.Contains(name));
        if (unknown is not null)
        {
            var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
            throw Error(unknown, $"unknown field; expected one of: {known}");
        }
    }

    private RecipeException Missing(string property) => Error(property, "is required");

    private RecipeException WrongType(string property, string expected, JsonElement value) =>
        Error(property, $"must be {expected}, not {Describe(value)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Normalize(string name) =>
        name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SimpleName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoTimeWithOffset();
}
