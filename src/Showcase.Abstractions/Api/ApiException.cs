namespace Showcase.Abstractions.Api;

/// <summary>What kind of refusal an <see cref="ApiException"/> is; the edge maps it to a gRPC status code.</summary>
public enum ApiErrorKind
{
    InvalidArgument,
    NotFound,
    AlreadyExists,
    FailedPrecondition,
    Unauthenticated,
    PermissionDenied,
    ResourceExhausted,
    Unavailable,
}

/// <summary>
/// A refusal a service throws for a partner to see. The edge (<see cref="ApiErrorInterceptor"/>) turns it
/// into a <c>google.rpc.Status</c> with an <c>ErrorInfo</c> (reason, domain <c>showcase</c>, metadata) and,
/// where they apply, <c>RetryInfo</c> and <c>BadRequest</c> field violations (AIP-193).
/// </summary>
public sealed class ApiException : Exception
{
    public const string Domain = "showcase";

    private ApiException(ApiErrorKind kind, string reason, string message, IReadOnlyDictionary<string, string>? metadata, TimeSpan? retryDelay, string? field)
        : base(message)
    {
        Kind = kind;
        Reason = reason;
        Metadata = metadata ?? new Dictionary<string, string>();
        RetryDelay = retryDelay;
        Field = field;
    }

    public ApiErrorKind Kind { get; }

    /// <summary>UPPER_SNAKE_CASE, stable: partners branch on it (e.g. <c>ROUND_NOT_FOUND</c>).</summary>
    public string Reason { get; }

    /// <summary>Facts about this occurrence, lowerCamelCase keys (e.g. <c>scope</c>, <c>limitPerMinute</c>).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>When a retry may succeed (RESOURCE_EXHAUSTED, UNAVAILABLE).</summary>
    public TimeSpan? RetryDelay { get; }

    /// <summary>The request field at fault (INVALID_ARGUMENT), in proto names, e.g. <c>page_size</c>.</summary>
    public string? Field { get; }

    public static ApiException InvalidArgument(string reason, string message, string field, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.InvalidArgument, reason, message, metadata, null, field);

    public static ApiException NotFound(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.NotFound, reason, message, metadata, null, null);

    public static ApiException AlreadyExists(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.AlreadyExists, reason, message, metadata, null, null);

    public static ApiException FailedPrecondition(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.FailedPrecondition, reason, message, metadata, null, null);

    public static ApiException Unauthenticated(string reason, string message) =>
        new(ApiErrorKind.Unauthenticated, reason, message, null, null, null);

    public static ApiException PermissionDenied(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.PermissionDenied, reason, message, metadata, null, null);

    public static ApiException ResourceExhausted(string reason, string message, TimeSpan retryDelay, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(ApiErrorKind.ResourceExhausted, reason, message, metadata, retryDelay, null);

    public static ApiException Unavailable(string reason, string message, TimeSpan? retryDelay = null) =>
        new(ApiErrorKind.Unavailable, reason, message, null, retryDelay, null);
}
