using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Showcase.Abstractions.Content;
using Showcase.Abstractions.Data;
using Showcase.Evaluations.Events;
using Showcase.Evaluations.Models;

namespace Showcase.Evaluations.Services;

/// <summary>Who applies: a community editor of <see cref="CommunityCode"/>, or a manager (<see cref="AnyCommunity"/>).</summary>
public sealed record Applicant(string Name, string CommunityCode, bool AnyCommunity = false);
