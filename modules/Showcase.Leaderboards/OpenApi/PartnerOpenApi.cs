using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Api;
using Google.Protobuf.Reflection;
using Showcase.Api.V1;

namespace Showcase.Leaderboards.OpenApi;

/// <summary>
/// The OpenAPI 3 description of the JSON routes, written from the protos' descriptors (their <c>google.api.http</c>
/// rules, fields and comments), so it cannot drift from what the services answer. Served at <c>/v1/openapi.json</c>.
/// </summary>
public static class PartnerOpenApi
{
    private static readonly Lazy<string> Document = new(Build);
    private static readonly Lazy<Dictionary<string, string>> Comments = new(ReadComments);

    public static string Json => Document.Value;

    private static string Build()
    {
        var services = new[]
        {
            LeaderboardServiceReflection.Descriptor.Services[0],
            RatingServiceReflection.Descriptor.Services[0],
            CatalogServiceReflection.Descriptor.Services[0],
        };
        var paths = new JsonObject();
        var schemas = new JsonObject();
        foreach (var service in services)
        {
            foreach (var method in service.Methods)
            {
                if (method.GetOptions()?.GetExtension(AnnotationsExtensions.Http) is not { } rule)
                {
                    continue;
                }

                foreach (var binding in new[] { rule }.Concat(rule.AdditionalBindings))
                {
                    var (template, variables) = Path(binding.Get);
                    var parameters = new JsonArray();
                    foreach (var (variable, _) in variables)
                    {
                        parameters.Add(new JsonObject { ["name"] = variable, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
                    }

                    foreach (var field in method.InputType.Fields.InFieldNumberOrder())
                    {
                        if (variables.All(v => v.Field != field.Name))
                        {
                            parameters.Add(new JsonObject { ["name"] = field.JsonName, ["in"] = "query", ["schema"] = Schema(field, schemas), ["description"] = Comment(field) });
                        }
                    }

                    parameters.Add(new JsonObject { ["name"] = "x-api-key", ["in"] = "header", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
                    paths[template] = new JsonObject
                    {
                        ["get"] = new JsonObject
                        {
                            ["operationId"] = method.Name + (binding == rule ? "" : "_" + variables.FirstOrDefault().Field),
                            ["summary"] = Words(method.Name),
                            ["tags"] = new JsonArray(service.Name),
                            ["description"] = Comment(method),
                            ["parameters"] = parameters,
                            ["responses"] = new JsonObject
                            {
                                ["200"] = new JsonObject { ["description"] = "OK", ["content"] = Content(Reference(method.OutputType, schemas)) },
                                ["4XX"] = Error("Refused: 400 INVALID_ARGUMENT or FAILED_PRECONDITION, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 429 RESOURCE_EXHAUSTED (with RetryInfo). Branch on the ErrorInfo's reason."),
                                ["default"] = Error("Not answered: 503 UNAVAILABLE while the API starts and the leaderboards load after a start (with RetryInfo and Retry-After), 500 INTERNAL, 501 UNIMPLEMENTED."),
                            },
                        },
                    };
                }
            }
        }

        schemas["google.rpc.Status"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "An error (AIP-193): the gRPC status code, a message for people, and details for programs.",
            ["properties"] = new JsonObject
            {
                ["code"] = new JsonObject { ["type"] = "integer", ["format"] = "int32", ["description"] = "The gRPC status code (3 INVALID_ARGUMENT, 5 NOT_FOUND, 16 UNAUTHENTICATED …)." },
                ["message"] = new JsonObject { ["type"] = "string", ["description"] = "What went wrong, in English." },
                ["details"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "google.rpc.ErrorInfo (domain \"showcase\", a stable reason, metadata) always; RetryInfo and BadRequest when they apply.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("@type"),
                        ["properties"] = new JsonObject { ["@type"] = new JsonObject { ["type"] = "string", ["description"] = "e.g. type.googleapis.com/google.rpc.ErrorInfo" } },
                        ["additionalProperties"] = true,
                    },
                },
            },
        };
        var document = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Showcase partner API (JSON)", ["version"] = "v1", ["description"] = "JSON transcoding of the showcase.v1 gRPC services. Send the API key in the x-api-key header." },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The site that serves this description." }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject { ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-api-key" } },
            },
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }),
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary><c>/v1/{name=rounds/*}/rating</c> → <c>/v1/rounds/{round}/rating</c>-style OpenAPI path and its variables.</summary>
    private static (string Template, List<(string Name, string Field)> Variables) Path(string rule)
    {
        var variables = new List<(string, string)>();
        var path = System.Text.RegularExpressions.Regex.Replace(rule, @"\{(\w+)=([^}]+)\}", m =>
        {
            var field = m.Groups[1].Value;
            var segments = m.Groups[2].Value.Split('/');
            var parts = new List<string>();
            foreach (var segment in segments)
            {
                if (segment == "*")
                {
                    var name = parts.Count > 0 ? Singular(parts[^1]) + "_id" : field;
                    variables.Add((name, field));
                    parts.Add("{" + name + "}");
                }
                else
                {
                    parts.Add(segment);
                }
            }

            return string.Join('/', parts);
        });
        return (path, variables);
    }

    /// <summary>
    /// The leading comment of every message, field, service and method by full name, from the descriptor set with
    /// source info the build embeds (paths: 4 = message_type, 2 = field; 6 = service, 2 = method).
    /// </summary>
    private static Dictionary<string, string> ReadComments()
    {
        var comments = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(PartnerOpenApi).Assembly.GetManifestResourceStream("partner-api.binpb");
        if (stream is null)
        {
            return comments;
        }

        foreach (var file in FileDescriptorSet.Parser.ParseFrom(stream).File)
        {
            foreach (var location in file.SourceCodeInfo?.Location ?? [])
            {
                var path = location.Path;
                var name = path.Count switch
                {
                    2 when path[0] == 4 => $"{file.Package}.{file.MessageType[path[1]].Name}",
                    4 when path[0] == 4 && path[2] == 2 => $"{file.Package}.{file.MessageType[path[1]].Name}.{file.MessageType[path[1]].Field[path[3]].Name}",
                    2 when path[0] == 6 => $"{file.Package}.{file.Service[path[1]].Name}",
                    4 when path[0] == 6 && path[2] == 2 => $"{file.Package}.{file.Service[path[1]].Name}.{file.Service[path[1]].Method[path[3]].Name}",
                    _ => null,
                };
                if (name is not null && location.HasLeadingComments)
                {
                    comments[name] = string.Join(' ', location.LeadingComments.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }

        return comments;
    }

    private static string Singular(string collection) => collection switch
    {
        "entries" => "entry",
        _ => collection.TrimEnd('s'),
    };

    private static JsonObject Error(string description) =>
        new() { ["description"] = description, ["content"] = Content(new JsonObject { ["$ref"] = "#/components/schemas/google.rpc.Status" }) };

    /// <summary><c>ListLeaderboardEntries</c> → "List leaderboard entries".</summary>
    private static string Words(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Split(name, "(?<=[a-z])(?=[A-Z])");
        return string.Join(' ', words.Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));
    }

    private static JsonObject Content(JsonObject schema) => new() { ["application/json"] = new JsonObject { ["schema"] = schema } };

    private static JsonObject Reference(MessageDescriptor message, JsonObject schemas)
    {
        if (!schemas.ContainsKey(message.FullName))
        {
            schemas[message.FullName] = null;
            var properties = new JsonObject();
            foreach (var field in message.Fields.InFieldNumberOrder())
            {
                var schema = Schema(field, schemas);
                schema["description"] = Comment(field);
                properties[field.JsonName] = schema;
            }

            schemas[message.FullName] = new JsonObject { ["type"] = "object", ["description"] = Comment(message), ["properties"] = properties };
        }

        return new JsonObject { ["$ref"] = "#/components/schemas/" + message.FullName };
    }

    private static JsonObject Schema(FieldDescriptor field, JsonObject schemas)
    {
        JsonObject single = field.FieldType switch
        {
            FieldType.Bool => new JsonObject { ["type"] = "boolean" },
            FieldType.Int32 or FieldType.SInt32 or FieldType.UInt32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            FieldType.Int64 or FieldType.SInt64 or FieldType.UInt64 => new JsonObject { ["type"] = "string", ["format"] = "int64" },
            FieldType.Enum => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. field.EnumType.Values.Select(v => (JsonNode)JsonValue.Create(v.Name)!)]) },
            FieldType.Message when field.MessageType.FullName == "google.protobuf.Timestamp" => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            FieldType.Message => Reference(field.MessageType, schemas),
            _ => new JsonObject { ["type"] = "string" },
        };
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = single } : single;
    }

    private static string Comment(IDescriptor descriptor) => Comments.Value.GetValueOrDefault(descriptor.FullName, "");
}
