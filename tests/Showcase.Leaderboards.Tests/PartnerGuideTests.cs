using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Grpc.Reflection.V1Alpha;
using Shouldly;
using Showcase.Api.V1;
using Showcase.Testing;

namespace Showcase.Leaderboards.Tests;

/// <summary>
/// The partner guide (<c>protos/README.md</c>) says its worked sessions run as written against a site with the demo
/// data. These tests run them so: every grpcurl command through a client that knows only the protos (the values the
/// guide shows must be in the answers), and every curl line over HTTP/1.1 (each answer must have the shape the OpenAPI
/// description gives, and every route of that description must be shown).
/// </summary>
public sealed class PartnerGuideTests(PartnerGuideTests.SeededSite site) : IClassFixture<PartnerGuideTests.SeededSite>
{
    private static readonly FileDescriptor[] Protos = [LeaderboardServiceReflection.Descriptor, RatingServiceReflection.Descriptor, CatalogServiceReflection.Descriptor];

    [Fact]
    public async Task The_grpcurl_session_runs_as_written_and_answers_what_it_shows()
    {
        var commands = GuideSession.Commands("## A worked session with grpcurl").Where(c => c.Tool == "grpcurl").ToList();
        commands.Count.ShouldBeGreaterThanOrEqualTo(8);
        var token = "";
        foreach (var command in commands)
        {
            if (command.Arguments.Contains("list"))
            {
                var services = await ListServicesAsync();
                services.ShouldBe(command.Output.Where(l => l.Length > 0).ToList(), ignoreOrder: true, command.Text);
                continue;
            }

            var (service, methodName) = SplitMethod(command.Arguments[^1]);
            var method = Protos.SelectMany(f => f.Services).Single(s => s.FullName == service).FindMethodByName(methodName).ShouldNotBeNull(command.Text);
            var json = command.Option("-d") ?? "{}";
            json = Regex.Replace(json, "\"[A-Za-z0-9_-]*…\"", _ => "\"" + Held(token, command) + "\"");
            var request = JsonParser.Default.Parse(json, method.InputType);
            var headers = new Metadata();
            if (ApiKey(command) is { } key)
            {
                headers.Add("x-api-key", key);
            }

            if (command.Output is ["ERROR:", ..])
            {
                var error = await Should.ThrowAsync<RpcException>(() => CallAsync(method, request, headers), command.Text);
                var shown = string.Join('\n', command.Output);
                shown.ShouldContain("Code: " + error.StatusCode, Case.Sensitive, customMessage: command.Text);
                shown.ShouldContain("Message: " + error.Status.Detail, Case.Sensitive, customMessage: command.Text);
                var formatter = new JsonFormatter(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(ErrorInfo.Descriptor)));
                var details = string.Join('\n', error.GetRpcStatus()!.Details.Select(d => formatter.Format(d)));
                GuideSession.ShouldShowOnly(shown, details, command.Text);
                continue;
            }

            var answer = JsonFormatter.Default.Format(await CallAsync(method, request, headers));
            // A stream's first event is what the session shows; what comes later is told below it.
            GuideSession.ShouldShowOnly(method.IsServerStreaming ? command.Output[0] : string.Join('\n', command.Output), answer, command.Text);
            token = JsonNode.Parse(answer)?["nextPageToken"]?.GetValue<string>() ?? token;
        }
    }

    [Fact]
    public async Task The_curl_session_runs_as_written_and_every_answer_has_the_shape_of_the_openapi_description()
    {
        using var described = await site.Host.Http.GetAsync("/v1/openapi.json");
        var openApi = JsonNode.Parse(await described.Content.ReadAsStringAsync())!.AsObject();
        var routes = openApi["paths"]!.AsObject().Select(p => p.Key).ToDictionary(p => p, p => new Regex("^" + Regex.Replace(Regex.Escape(p), @"\\\{[a-z_]+}", "[^/:]+") + "$"));
        var shownRoutes = new HashSet<string>();
        var commands = GuideSession.Commands("## The same through JSON with curl").Where(c => c.Tool == "curl").ToList();
        commands.Count.ShouldBeGreaterThanOrEqualTo(routes.Count);
        var token = "";
        foreach (var command in commands)
        {
            var url = command.Arguments.Single(a => a.StartsWith("http://", StringComparison.Ordinal));
            url = Regex.Replace(url, "pageToken=[A-Za-z0-9_-]*…", _ => "pageToken=" + Uri.EscapeDataString(Held(token, command)));
            url.All(char.IsAscii).ShouldBeTrue($"{command.Text}: curl sends a URL's bytes as they are, and a server refuses what is not ASCII");
            var query = command.Options("--data-urlencode").Select(p => Uri.EscapeDataString(p[..p.IndexOf('=')]) + "=" + Uri.EscapeDataString(p[(p.IndexOf('=') + 1)..])).ToList();
            if (query.Count > 0)
            {
                command.Arguments.ShouldContain("-G", command.Text);
                url += (url.Contains('?') ? "&" : "?") + string.Join('&', query);
            }

            var address = new Uri(url.Replace("http://127.0.0.1:5080", site.Host.WebUrl.ToString().TrimEnd('/'), StringComparison.Ordinal));
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            if (ApiKey(command) is { } key)
            {
                request.Headers.Add("x-api-key", key);
            }

            using var response = await site.Host.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (command.Output.Count > 0)
            {
                // Shown with -i: the status line, the headers shown, a blank line and the body.
                command.Output[0].ShouldBe($"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}", command.Text);
                foreach (var shown in command.Output.Skip(1).TakeWhile(l => l.Length > 0))
                {
                    var (name, value) = (shown[..shown.IndexOf(':')], shown[(shown.IndexOf(':') + 2)..]);
                    string.Join(", ", response.Content.Headers.TryGetValues(name, out var values) ? values : response.Headers.GetValues(name)).ShouldBe(value, command.Text);
                }

                JsonNode.DeepEquals(JsonNode.Parse(body), JsonNode.Parse(command.Output[^1])).ShouldBeTrue($"{command.Text}\nanswered {body}");
                var refusal = openApi["paths"]![Route(routes, address)]!["get"]!["responses"]!["4XX"]!["content"]!["application/json"]!["schema"]!.AsObject();
                OpenApiShape.Problems(JsonNode.Parse(body), refusal, openApi["components"]!["schemas"]!.AsObject(), "refusal").ShouldBeEmpty($"{command.Text}\nanswered {body}");
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{command.Text}\nanswered {body}");
            var route = Route(routes, address);
            shownRoutes.Add(route);
            var schema = openApi["paths"]![route]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
            OpenApiShape.Problems(JsonNode.Parse(body), schema, openApi["components"]!["schemas"]!.AsObject(), "answer").ShouldBeEmpty($"{command.Text}\nanswered {body}");
            token = JsonNode.Parse(body)?["nextPageToken"]?.GetValue<string>() is { Length: > 0 } next ? next : token;
        }

        routes.Keys.Except(shownRoutes).ShouldBeEmpty("routes of /v1/openapi.json the guide's curl session never shows");
    }

    private static string Route(Dictionary<string, Regex> routes, Uri address) => routes.Single(r => r.Value.IsMatch(address.AbsolutePath)).Key;

    private async Task<List<string>> ListServicesAsync()
    {
        var reflection = new ServerReflection.ServerReflectionClient(site.Host.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeTrue();
        return call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
    }

    private async Task<IMessage> CallAsync(MethodDescriptor method, IMessage request, Metadata headers)
    {
        var call = new Method<IMessage, IMessage>(
            method.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary,
            method.Service.FullName,
            method.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.InputType.Parser.ParseFrom(b)),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.OutputType.Parser.ParseFrom(b)));
        var invoker = site.Host.Channel.CreateCallInvoker();
        if (!method.IsServerStreaming)
        {
            return await invoker.AsyncUnaryCall(call, null, new CallOptions(headers), request);
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var stream = invoker.AsyncServerStreamingCall(call, null, new CallOptions(headers, cancellationToken: stop.Token), request);
        (await stream.ResponseStream.MoveNext(stop.Token)).ShouldBeTrue();
        return stream.ResponseStream.Current;
    }

    /// <summary>The key a command sends (its <c>-H "x-api-key: $KEY"</c>, the only header the guide sends), or null.</summary>
    private string? ApiKey(GuideSession.Command command)
    {
        if (command.Option("-H") is not { } header)
        {
            return null;
        }

        header.ShouldStartWith("x-api-key: $KEY", Case.Sensitive, command.Text);
        return site.Key;
    }

    /// <summary>The page token of an earlier answer, for a command that shows one cut short.</summary>
    private static string Held(string token, GuideSession.Command command)
    {
        token.ShouldNotBeEmpty(command.Text + ": no earlier answer gave a page token to put in");
        return token;
    }

    private static (string Service, string Method) SplitMethod(string name) => (name[..name.IndexOf('/')], name[(name.IndexOf('/') + 1)..]);

    /// <summary>A site started with the demo data, and a key made as the guide's session says.</summary>
    public sealed class SeededSite : IAsyncLifetime
    {
        public LeaderboardsHost Host { get; private set; } = null!;

        public string Key { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Host = await LeaderboardsHost.StartAsync(seedDemoData: true);
            var made = GuideSession.Commands("## A worked session with grpcurl").First(c => c.Text.StartsWith("KEY=", StringComparison.Ordinal)).Line;
            var (name, scopes) = (Regex.Match(made, @"--name (\S+)").Groups[1].Value, Regex.Match(made, @"--scopes (\S+)").Groups[1].Value);
            scopes.ShouldNotBeEmpty("the guide's session says which scopes its key has");
            Key = await Host.CreateKeyAsync(name, scopes);
            await Eventually.LoadedAsync(Host, Key);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}

/// <summary>The commands of a session in the partner guide: each <c>$ </c> line (with its <c>\</c> continuations) and the lines it shows after it.</summary>
internal static class GuideSession
{
    private static readonly Lazy<string> Guide = new(() => File.ReadAllText(Path.Combine(ShowcaseProcess.RepositoryRoot, "protos", "README.md")));

    /// <param name="Line">The whole line, its comment too.</param>
    public sealed record Command(string Line, string Text, IReadOnlyList<string> Arguments, IReadOnlyList<string> Output)
    {
        public string Tool => Arguments.Count > 0 ? Arguments[0] : "";

        public string? Option(string name) => Options(name).SingleOrDefault();

        public IEnumerable<string> Options(string name) => Arguments.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < Arguments.Count).Select(p => Arguments[p.i + 1]);
    }

    /// <summary>The commands of the code blocks under <paramref name="heading"/>, up to the next heading.</summary>
    public static List<Command> Commands(string heading)
    {
        var text = Guide.Value;
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"protos/README.md has no '{heading}'");
        var end = text.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = text[start..(end < 0 ? text.Length : end)];
        var commands = new List<Command>();
        foreach (Match block in Regex.Matches(section, "^```\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            var lines = block.Groups[1].Value.TrimEnd('\n').Split('\n');
            for (var i = 0; i < lines.Length;)
            {
                if (!lines[i].StartsWith("$ ", StringComparison.Ordinal))
                {
                    i++;
                    continue;
                }

                var line = lines[i++][2..];
                while (line.EndsWith('\\') && i < lines.Length)
                {
                    line = line[..^1] + " " + lines[i++].Trim();
                }

                var output = new List<string>();
                while (i < lines.Length && !lines[i].StartsWith("$ ", StringComparison.Ordinal))
                {
                    output.Add(lines[i++]);
                }

                while (output.Count > 0 && output[^1].Length == 0)
                {
                    output.RemoveAt(output.Count - 1);
                }

                var command = Regex.Replace(line, @"\s+#[^'""]*$", "").Trim();
                commands.Add(new Command(line, command, Words(command), output));
            }
        }

        return commands;
    }

    /// <summary>A shell line's words, with its single and double quotes taken off.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        foreach (Match word in Regex.Matches(line, @"'([^']*)'|""([^""]*)""|(\S+)"))
        {
            words.Add(word.Groups[1].Success ? word.Groups[1].Value : word.Groups[2].Success ? word.Groups[2].Value : word.Groups[3].Value);
        }

        return words;
    }

    /// <summary>
    /// Every <c>"field": value</c> the guide shows must be in the answer (protobuf's JSON mapping, as grpcurl prints it);
    /// a value cut with … must begin the answer's. Fields the guide leaves out (…) are not checked.
    /// </summary>
    public static void ShouldShowOnly(string shown, string answer, string command)
    {
        var pairs = Regex.Matches(shown, @"""(@?\w+)"": (""(?:[^""\\]|\\.)*""|-?\d+(?:\.\d+)?|true|false)");
        pairs.Count.ShouldBeGreaterThan(0, command);
        foreach (Match pair in pairs)
        {
            var (field, value) = (pair.Groups[1].Value, pair.Groups[2].Value);
            var cut = value.IndexOf('…');
            var expected = $"\"{field}\": " + (cut < 0 ? value : value[..cut]);
            if (cut != 1)
            {
                answer.ShouldContain(expected, Case.Sensitive, customMessage: $"{command}\nshows {expected}, answered {answer}");
            }
        }
    }
}

/// <summary>Whether a JSON answer has the shape an OpenAPI schema of <c>/v1/openapi.json</c> gives it.</summary>
internal static class OpenApiShape
{
    public static List<string> Problems(JsonNode? value, JsonObject schema, JsonObject schemas, string at)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Problems(value, schemas[reference["#/components/schemas/".Length..]]!.AsObject(), schemas, at);
        }

        var problems = new List<string>();
        var type = schema["type"]?.GetValue<string>();
        switch (type)
        {
            case "object" when value is JsonObject fields:
                var declared = schema["properties"]?.AsObject() ?? [];
                foreach (var (name, field) in fields)
                {
                    if (declared[name] is JsonObject property)
                    {
                        problems.AddRange(Problems(field, property, schemas, at + "." + name));
                    }
                    else if (schema["additionalProperties"]?.GetValue<bool>() != true)
                    {
                        problems.Add($"{at}.{name} is not in the description");
                    }
                }

                foreach (var name in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                {
                    if (!fields.ContainsKey(name))
                    {
                        problems.Add($"{at}.{name} is required by the description and missing");
                    }
                }

                break;
            case "array" when value is JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    problems.AddRange(Problems(items[i], schema["items"]!.AsObject(), schemas, $"{at}[{i}]"));
                }

                break;
            case "string" when value is JsonValue text && text.TryGetValue<string>(out var s):
                if (schema["enum"] is JsonArray names && !names.Any(n => n!.GetValue<string>() == s))
                {
                    problems.Add($"{at} is {s}, not one of the described values");
                }

                if (schema["format"]?.GetValue<string>() is "int64" && !long.TryParse(s, out _))
                {
                    problems.Add($"{at} is {s}, not an int64 as a string");
                }

                break;
            case "integer" when value is JsonValue number && number.TryGetValue<long>(out _):
            case "boolean" when value is JsonValue flag && flag.TryGetValue<bool>(out _):
                break;
            default:
                problems.Add($"{at} is {value?.ToJsonString() ?? "null"}, described as {type}");
                break;
        }

        return problems;
    }
}
