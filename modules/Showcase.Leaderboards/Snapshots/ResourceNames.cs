namespace Showcase.Leaderboards.Snapshots;

/// <summary>The API's resource names (API.md, AIP-122): built and taken apart in one place.</summary>
public static class ResourceNames
{
    public static string Round(string code) => "rounds/" + code;

    public static string Stage(string roundCode, string stageKey) => $"rounds/{roundCode}/stages/{stageKey}";

    public static string Entry(string roundCode, string entryCode) => $"rounds/{roundCode}/entries/{entryCode}";

    public static string Brand(string code) => "brands/" + code;

    /// <summary><c>rounds/{code}</c>.</summary>
    public static bool TryParseRound(string name, out string roundCode)
    {
        var parts = name.Split('/');
        roundCode = parts is ["rounds", var code] && Segment(code) ? code : "";
        return roundCode.Length > 0;
    }

    /// <summary><c>rounds/{code}</c> (stage null) or <c>rounds/{code}/stages/{key}</c>.</summary>
    public static bool TryParseLeaderboard(string name, out string roundCode, out string? stageKey)
    {
        var parts = name.Split('/');
        (roundCode, stageKey) = parts switch
        {
            ["rounds", var code] when Segment(code) => (code, (string?)null),
            ["rounds", var code, "stages", var key] when Segment(code) && Segment(key) => (code, key),
            _ => ("", null),
        };
        return roundCode.Length > 0;
    }

    /// <summary><c>rounds/{code}/entries/{entry}</c>.</summary>
    public static bool TryParseEntry(string name, out string roundCode, out string entryCode)
    {
        var parts = name.Split('/');
        (roundCode, entryCode) = parts is ["rounds", var code, "entries", var entry] && Segment(code) && Segment(entry) ? (code, entry) : ("", "");
        return roundCode.Length > 0;
    }

    /// <summary><c>brands/{code}</c>.</summary>
    public static bool TryParseBrand(string name, out string brandCode)
    {
        var parts = name.Split('/');
        brandCode = parts is ["brands", var code] && Segment(code) ? code : "";
        return brandCode.Length > 0;
    }

    public static bool TryParseDemoSite(string name, out string slug)
    {
        var parts = name.Split('/');
        slug = parts is ["sites", var value] && Segment(value) ? value : "";
        return slug.Length > 0;
    }

    private static bool Segment(string value) => value.Length is > 0 and <= 128;
}
