using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Showcase.Scoring.Canonical;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): no whitespace, object members sorted by the UTF-16 code units of their
/// names, strings escaped as ECMAScript's JSON.stringify does, numbers as <see cref="EcmaScriptNumber"/>, UTF-8 out.
/// </summary>
public static class JsonCanonicalizer
{
    /// <exception cref="FormatException">The text is not JSON, repeats a member name, holds a lone surrogate or a number beyond double.</exception>
    public static byte[] Canonicalize(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return Canonicalize(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException("Not JSON: " + e.Message, e);
        }
    }

    public static byte[] Canonicalize(JsonNode node) => Canonicalize(node.ToJsonString());

    public static byte[] Canonicalize(JsonElement element) => Encoding.UTF8.GetBytes(CanonicalText(element));

    /// <summary>A string value or member name; System.Text.Json refuses to unescape a lone surrogate, and so do we.</summary>
    private static string Unescaped(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException("A string holds a lone surrogate, which RFC 8785 cannot canonicalize: " + e.Message, e);
        }
    }

    /// <summary>The canonical form as a string (before UTF-8 encoding).</summary>
    public static string CanonicalText(JsonElement element)
    {
        var text = new StringBuilder();
        Write(element, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = new List<(string Name, JsonElement Value)>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var name = Unescaped(() => property.Name);
                    if (!names.Add(name))
                    {
                        throw new FormatException($"Member '{name}' appears twice in one object.");
                    }

                    members.Add((name, property.Value));
                }

                // Ordinal comparison of .NET strings compares UTF-16 code units, as RFC 8785 §3.2.3 asks.
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    WriteString(members[i].Name, text);
                    text.Append(':');
                    Write(members[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(Unescaped(() => element.GetString()!), text);
                break;
            case JsonValueKind.Number:
                var number = double.Parse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(number))
                {
                    throw new FormatException($"The number {element.GetRawText()} is beyond an IEEE double.");
                }

                text.Append(EcmaScriptNumber.Format(number));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            case JsonValueKind.Null:
                text.Append("null");
                break;
            default:
                throw new FormatException($"Unexpected JSON value kind {element.ValueKind}.");
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                default:
                    if (c < 0x20)
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        throw new FormatException($"A lone surrogate U+{(int)c:X4} cannot be canonicalized (RFC 8785 §3.2.2.2).");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}
