using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Showcase.Evaluations.Services;

namespace Showcase.Evaluations.Scorecards;

/// <summary>
/// The judges' submission over HTTP, for the judging screens' script (and anything else a judge signs in with):
/// <list type="bullet">
/// <item><c>GET /rounds/{code}/scorecards/token</c>: <c>{"header":"RequestVerificationToken","token":"…"}</c>, the antiforgery token to send
/// (to anyone: the token is bound to who asks for it).</item>
/// <item><c>POST /rounds/{code}/scorecards</c> with a JSON <see cref="ScorecardRequest"/> and that header: 201 stored (durably:
/// the answer comes after commit), 200 when the key was seen before with the same scores (nothing stored again), 422 refused
/// with <c>reason</c> (e.g. OFF_STEP), <c>criterion</c>, <c>value</c> and <c>allowed</c>, 404 for an unknown round.</item>
/// </list>
/// Cookie authentication with the <c>ScoreEntries</c> permission; the judge is the signed-in user. Errors are ProblemDetails.
/// </summary>
public static class ScorecardEndpoints
{
    public static IEndpointRouteBuilder MapScorecardSubmission(this IEndpointRouteBuilder endpoints)
    {
        // Anyone may take a token, as any page with a form hands one out: it is bound to the caller's identity, so only
        // a signed-in judge's token lets a POST through, and the POST is where who may score is checked.
        endpoints.MapGet("/rounds/{code}/scorecards/token", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { header = tokens.HeaderName, token = tokens.RequestToken });
        });
        endpoints.MapPost("/rounds/{code}/scorecards", SubmitAsync);
        return endpoints;
    }

    private static async Task<IResult> SubmitAsync(string code, HttpContext http, IAuthorizationService authorization, IAntiforgery antiforgery, ScorecardService scorecards)
    {
        if (await RefuseAsync(http, authorization) is { } refused)
        {
            return refused;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Problem(StatusCodes.Status400BadRequest, "ANTIFORGERY", "The antiforgery token is missing or wrong: send the one from GET /rounds/{code}/scorecards/token in its header.");
        }

        if (!http.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "JSON_REQUIRED", "Send the scorecard as application/json.");
        }

        ScorecardRequest? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<ScorecardRequest>(http.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "INVALID_JSON", $"The scorecard is not valid JSON: {e.Message}");
        }

        if (body is not { Stage: { Length: > 0 } stage, Entry: { Length: > 0 } entry, Scores: { } scores, Key: { } key })
        {
            return Problem(StatusCodes.Status400BadRequest, "INVALID_SCORECARD", "A scorecard needs stage, entry, scores and key.");
        }

        try
        {
            var result = await scorecards.SubmitAsync(new ScorecardSubmission(code, stage, entry, http.User.Identity!.Name!, scores, key, body.Comment ?? ""), http.RequestAborted);
            var answer = new { outcome = result.Outcome == SubmissionOutcome.Stored ? "stored" : "replayed", kind = result.Kind, revision = result.Revision, ledgerSequence = result.LedgerSequence };
            return Results.Json(answer, statusCode: result.Outcome == SubmissionOutcome.Stored ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }
        catch (ScorecardRefusedException e)
        {
            return Problem(StatusCodes.Status422UnprocessableEntity, e.Reason, e.Message, e.Criterion, e.Value, e.Allowed);
        }
        catch (EvaluationRefusedException e)
        {
            return Problem(e.Reason == RefusalReasons.RoundNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity, e.Reason, e.Message);
        }
    }

    private static async Task<IResult?> RefuseAsync(HttpContext http, IAuthorizationService authorization)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return Problem(StatusCodes.Status401Unauthorized, "NOT_SIGNED_IN", "Sign in as a judge first.");
        }

        return (await authorization.AuthorizeAsync(http.User, Permissions.ScoreEntries.Name)).Succeeded
            ? null
            : Problem(StatusCodes.Status403Forbidden, "NOT_A_JUDGE", "Only judges submit scorecards.");
    }

    private static IResult Problem(int status, string reason, string detail, string? criterion = null, string? value = null, string? allowed = null)
    {
        var extensions = new Dictionary<string, object?> { ["reason"] = reason };
        if (criterion is not null)
        {
            extensions["criterion"] = criterion;
        }

        if (value is not null)
        {
            extensions["value"] = value;
        }

        if (allowed is not null)
        {
            extensions["allowed"] = allowed;
        }

        return Results.Problem(detail: detail, statusCode: status, title: reason, extensions: extensions);
    }
}
