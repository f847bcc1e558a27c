using System.Text;

namespace Showcase.Web.Tests.Rounds;

/// <summary>Reads server-sent events off a response stream as a browser's EventSource does: id, event and data per blank-line-ended block.</summary>
public sealed class EventStreamReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <returns>the next event (comments and the retry line skipped), or null when the stream ended.</returns>
    public async Task<(string? Id, string Event, string Data)?> NextAsync(CancellationToken cancellationToken)
    {
        string? id = null;
        var name = "message";
        var data = new StringBuilder();
        var any = false;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                {
                    return (id, name, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id":
                    id = value;
                    any = true;
                    break;
                case "event":
                    name = value;
                    any = true;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : "").Append(value);
                    any = true;
                    break;
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
