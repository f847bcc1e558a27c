using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Eval_Rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OpenStage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LiveDisplay = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApplicationsOpenUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ScoringOpenUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ScoringCloseUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PublicNoticeUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    NoticeDays = table.Column<int>(type: "INTEGER", nullable: true),
                    BandsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Judge = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EntryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Conflicts_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Order = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecidedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Decisions_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Entries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BrandCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BrandVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CommunityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AppliedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Entries_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Ledger",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EventJson = table.Column<string>(type: "TEXT", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Ledger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Ledger_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LodgedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ResolvedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Objections_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Receipts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScoresJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Receipts_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Results",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ExportJson = table.Column<string>(type: "TEXT", nullable: false),
                    Digest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LedgerSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Results_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Scorecards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsExcluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Scorecards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Scorecards_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Stages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Drop = table.Column<int>(type: "INTEGER", nullable: false),
                    MinPanel = table.Column<int>(type: "INTEGER", nullable: true),
                    Advance = table.Column<int>(type: "INTEGER", nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", nullable: true),
                    BandsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PanelMode = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Stages_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Transitions_Eval_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Eval_Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Max = table.Column<decimal>(type: "TEXT", nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", nullable: false),
                    Step = table.Column<decimal>(type: "TEXT", nullable: false),
                    TieBreak = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Criteria_Eval_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Eval_Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_Seats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_Seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_Seats_Eval_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Eval_Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Eval_StageJudges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Judge = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eval_StageJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Eval_StageJudges_Eval_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Eval_Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Conflicts_RoundId_Judge_EntryCode_Source",
                table: "Eval_Conflicts",
                columns: new[] { "RoundId", "Judge", "EntryCode", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Criteria_StageId_Key",
                table: "Eval_Criteria",
                columns: new[] { "StageId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Decisions_RoundId_Band",
                table: "Eval_Decisions",
                columns: new[] { "RoundId", "Band" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Entries_RoundId_BrandCode",
                table: "Eval_Entries",
                columns: new[] { "RoundId", "BrandCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Entries_RoundId_Code",
                table: "Eval_Entries",
                columns: new[] { "RoundId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Ledger_RoundId_Sequence",
                table: "Eval_Ledger",
                columns: new[] { "RoundId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Objections_Reference",
                table: "Eval_Objections",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Objections_RoundId_State",
                table: "Eval_Objections",
                columns: new[] { "RoundId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Receipts_Judge_Key",
                table: "Eval_Receipts",
                columns: new[] { "Judge", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Receipts_RoundId",
                table: "Eval_Receipts",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Results_RoundId",
                table: "Eval_Results",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Rounds_Code",
                table: "Eval_Rounds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Scorecards_RoundId_Judge",
                table: "Eval_Scorecards",
                columns: new[] { "RoundId", "Judge" });

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Scorecards_RoundId_StageKey_EntryCode_Judge",
                table: "Eval_Scorecards",
                columns: new[] { "RoundId", "StageKey", "EntryCode", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Seats_StageId_EntryCode_Judge",
                table: "Eval_Seats",
                columns: new[] { "StageId", "EntryCode", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Seats_StageId_Judge",
                table: "Eval_Seats",
                columns: new[] { "StageId", "Judge" });

            migrationBuilder.CreateIndex(
                name: "IX_Eval_StageJudges_StageId_Judge",
                table: "Eval_StageJudges",
                columns: new[] { "StageId", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Stages_RoundId_Key",
                table: "Eval_Stages",
                columns: new[] { "RoundId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Eval_Transitions_RoundId",
                table: "Eval_Transitions",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Eval_Conflicts");

            migrationBuilder.DropTable(
                name: "Eval_Criteria");

            migrationBuilder.DropTable(
                name: "Eval_Decisions");

            migrationBuilder.DropTable(
                name: "Eval_Entries");

            migrationBuilder.DropTable(
                name: "Eval_Ledger");

            migrationBuilder.DropTable(
                name: "Eval_Objections");

            migrationBuilder.DropTable(
                name: "Eval_Receipts");

            migrationBuilder.DropTable(
                name: "Eval_Results");

            migrationBuilder.DropTable(
                name: "Eval_Scorecards");

            migrationBuilder.DropTable(
                name: "Eval_Seats");

            migrationBuilder.DropTable(
                name: "Eval_StageJudges");

            migrationBuilder.DropTable(
                name: "Eval_Transitions");

            migrationBuilder.DropTable(
                name: "Eval_Stages");

            migrationBuilder.DropTable(
                name: "Eval_Rounds");
        }
    }
}
