using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Showcase.Abstractions.Api;

namespace Showcase.Leaderboards.Grpc;

/// <summary>
/// What the JSON routes (<c>/v1/…</c>, gRPC JSON transcoding) answer before a method runs, the way Google's own
/// transcoding does: a query parameter the method does not have, or a value its field cannot hold, is refused with
/// INVALID_ARGUMENT naming the parameter (the transcoding alone ignores an unknown one, so a misspelt
/// <c>pagesize</c> silently gave the default page, and answered a malformed one without saying which); an address
/// under <c>/v1/</c> that is no route is NOT_FOUND as JSON, not the site's HTML page.
/// </summary>
internal static partial class JsonRoutes
{
    public const string UnknownParameter = "QUERY_PARAMETER_UNKNOWN";
    public const string InvalidParameter = "QUERY_PARAMETER_INVALID";
    public const string RouteNotFound = "ROUTE_NOT_FOUND";

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(ErrorInfo.Descriptor, BadRequest.Descriptor)));

    /// <summary>An endpoint convention: a JSON route checks its query parameters first.</summary>
    public static void CheckQuery(EndpointBuilder endpoint)
    {
        if (endpoint.Metadata.OfType<GrpcJsonTranscodingMetadata>().FirstOrDefault() is not { } transcoding || endpoint.RequestDelegate is not { } method)
        {
            return;
        }

        var inPath = PathVariable().Matches(transcoding.HttpRule.Get).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var descriptor = transcoding.MethodDescriptor;
        endpoint.RequestDelegate = context => Refusal(context.Request.Query, descriptor, inPath, transcoding.HttpRule.Get) is { } refusal
            ? WriteAsync(context, StatusCodes.Status400BadRequest, refusal)
            : method(context);
    }

    /// <summary>The answer of an address under <c>/v1/</c> that no route takes.</summary>
    public static Task NotFound(HttpContext context) => WriteAsync(context, StatusCodes.Status404NotFound, Status(
        Code.NotFound,
        $"There is no route {context.Request.Method} {context.Request.Path}. The JSON routes answer GET; /v1/openapi.json lists them.",
        RouteNotFound,
        "route",
        context.Request.Path));

    private static Google.Rpc.Status? Refusal(IQueryCollection query, MethodDescriptor method, HashSet<string> inPath, string template)
    {
        foreach (var (name, values) in query)
        {
            if (Resolve(method.InputType, name) is not { } field)
            {
                var known = string.Join(", ", method.InputType.Fields.InDeclarationOrder().Where(f => !inPath.Contains(f.Name)).Select(f => f.JsonName));
                return Status(Code.InvalidArgument, $"'{name}' is not a parameter of {method.Name}; its parameters are {known}.", UnknownParameter, "parameter", name);
            }

            if (inPath.Contains(field.FieldPath))
            {
                return Status(Code.InvalidArgument, $"{name} is part of the address ({template}); it cannot also be a parameter.", InvalidParameter, "parameter", name);
            }

            if (!field.Descriptor.IsRepeated && values.Count > 1)
            {
                return Status(Code.InvalidArgument, $"{name} is given {values.Count} times; it takes one value.", InvalidParameter, "parameter", name);
            }

            foreach (var value in values)
            {
                if (Expected(field.Descriptor, value ?? "") is { } expected)
                {
                    return Status(Code.InvalidArgument, $"{name} must be {expected}; '{value}' is not.", InvalidParameter, "parameter", name);
                }
            }
        }

        return null;
    }

    /// <summary>The field a parameter sets (by its JSON or its proto name, <c>a.b</c> into a message), or null.</summary>
    private static (FieldDescriptor Descriptor, string FieldPath)? Resolve(MessageDescriptor message, string name)
    {
        FieldDescriptor? field = null;
        var path = new List<string>();
        foreach (var part in name.Split('.'))
        {
            if (field is not null && field.FieldType != FieldType.Message)
            {
                return null;
            }

            var fields = field?.MessageType.Fields ?? message.Fields;
            field = fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == part || f.Name == part);
            if (field is null)
            {
                return null;
            }

            path.Add(field.Name);
        }

        return field is null || field.FieldType == FieldType.Message ? null : (field, string.Join('.', path));
    }

    /// <returns>what the field holds, when <paramref name="value"/> is not that; null when it is.</returns>
    private static string? Expected(FieldDescriptor field, string value)
    {
        const NumberStyles Integer = NumberStyles.AllowLeadingSign;
        var invariant = CultureInfo.InvariantCulture;
        return field.FieldType switch
        {
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => int.TryParse(value, Integer, invariant, out _) ? null : "a whole number (int32)",
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => long.TryParse(value, Integer, invariant, out _) ? null : "a whole number (int64)",
            FieldType.UInt32 or FieldType.Fixed32 => uint.TryParse(value, NumberStyles.None, invariant, out _) ? null : "a whole number, not negative (uint32)",
            FieldType.UInt64 or FieldType.Fixed64 => ulong.TryParse(value, NumberStyles.None, invariant, out _) ? null : "a whole number, not negative (uint64)",
            FieldType.Float or FieldType.Double => double.TryParse(value, NumberStyles.Float, invariant, out _) ? null : "a number",
            FieldType.Bool => bool.TryParse(value, out _) ? null : "true or false",
            FieldType.Enum => field.EnumType.FindValueByName(value) is not null || int.TryParse(value, Integer, invariant, out _)
                ? null
                : "one of " + string.Join(", ", field.EnumType.Values.Select(v => v.Name)),
            _ => null,
        };
    }

    /// <summary>A status as the gRPC methods' errors are (ApiErrorInterceptor): ErrorInfo, and BadRequest for an argument.</summary>
    private static Google.Rpc.Status Status(Code code, string message, string reason, string key, string value)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)code,
            Message = message,
            Details = { Any.Pack(new ErrorInfo { Reason = reason, Domain = ApiException.Domain, Metadata = { [key] = value } }) },
        };
        if (code == Code.InvalidArgument)
        {
            status.Details.Add(Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = value, Description = message } } }));
        }

        return status;
    }

    private static Task WriteAsync(HttpContext context, int status, Google.Rpc.Status body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(Formatter.Format(body), context.RequestAborted);
    }

    /// <summary>The variables of a google.api.http path template: <c>{name=rounds/*}</c> → name.</summary>
    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)")]
    private static partial Regex PathVariable();
}
