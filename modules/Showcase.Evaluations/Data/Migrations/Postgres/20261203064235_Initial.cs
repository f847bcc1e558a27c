using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Showcase.Evaluations.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "evaluations");

            migrationBuilder.CreateTable(
                name: "Rounds",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OpenStage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LiveDisplay = table.Column<bool>(type: "boolean", nullable: false),
                    ApplicationsOpenUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScoringOpenUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ScoringCloseUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublicNoticeUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeDays = table.Column<int>(type: "integer", nullable: true),
                    BandsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    LedgerSequence = table.Column<long>(type: "bigint", nullable: false),
                    LedgerHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conflicts",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Judge = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EntryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conflicts_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Band = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Order = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DecidedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Entries",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BrandCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BrandVersion = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CommunityCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    AppliedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AppliedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Entries_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ledger",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    EventJson = table.Column<string>(type: "text", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ledger_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResolvedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LodgedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Receipts",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScoresJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    LedgerSequence = table.Column<long>(type: "bigint", nullable: false),
                    ReceivedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receipts_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Results",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ExportJson = table.Column<string>(type: "text", nullable: false),
                    Digest = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LedgerSequence = table.Column<long>(type: "bigint", nullable: false),
                    LedgerHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Results_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scorecards",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    StageKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    SubmittedJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    DraftJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IsExcluded = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scorecards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scorecards_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stages",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Method = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Drop = table.Column<int>(type: "integer", nullable: false),
                    MinPanel = table.Column<int>(type: "integer", nullable: true),
                    Advance = table.Column<int>(type: "integer", nullable: true),
                    Weight = table.Column<decimal>(type: "numeric", nullable: true),
                    BandsJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PanelMode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stages_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Transitions",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    To = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Stage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transitions_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "evaluations",
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Max = table.Column<decimal>(type: "numeric", nullable: false),
                    Weight = table.Column<decimal>(type: "numeric", nullable: false),
                    Step = table.Column<decimal>(type: "numeric", nullable: false),
                    TieBreak = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_Stages_StageId",
                        column: x => x.StageId,
                        principalSchema: "evaluations",
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Seats",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    EntryCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Judge = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Seats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Seats_Stages_StageId",
                        column: x => x.StageId,
                        principalSchema: "evaluations",
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageJudges",
                schema: "evaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StageId = table.Column<int>(type: "integer", nullable: false),
                    Judge = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageJudges_Stages_StageId",
                        column: x => x.StageId,
                        principalSchema: "evaluations",
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_RoundId_Judge_EntryCode_Source",
                schema: "evaluations",
                table: "Conflicts",
                columns: new[] { "RoundId", "Judge", "EntryCode", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_StageId_Key",
                schema: "evaluations",
                table: "Criteria",
                columns: new[] { "StageId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_RoundId_Band",
                schema: "evaluations",
                table: "Decisions",
                columns: new[] { "RoundId", "Band" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entries_RoundId_BrandCode",
                schema: "evaluations",
                table: "Entries",
                columns: new[] { "RoundId", "BrandCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entries_RoundId_Code",
                schema: "evaluations",
                table: "Entries",
                columns: new[] { "RoundId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_RoundId_Sequence",
                schema: "evaluations",
                table: "Ledger",
                columns: new[] { "RoundId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Reference",
                schema: "evaluations",
                table: "Objections",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_RoundId_State",
                schema: "evaluations",
                table: "Objections",
                columns: new[] { "RoundId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_Judge_Key",
                schema: "evaluations",
                table: "Receipts",
                columns: new[] { "Judge", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_RoundId",
                schema: "evaluations",
                table: "Receipts",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Results_RoundId",
                schema: "evaluations",
                table: "Results",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Rounds_Code",
                schema: "evaluations",
                table: "Rounds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_RoundId_Judge",
                schema: "evaluations",
                table: "Scorecards",
                columns: new[] { "RoundId", "Judge" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecards_RoundId_StageKey_EntryCode_Judge",
                schema: "evaluations",
                table: "Scorecards",
                columns: new[] { "RoundId", "StageKey", "EntryCode", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Seats_StageId_EntryCode_Judge",
                schema: "evaluations",
                table: "Seats",
                columns: new[] { "StageId", "EntryCode", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Seats_StageId_Judge",
                schema: "evaluations",
                table: "Seats",
                columns: new[] { "StageId", "Judge" });

            migrationBuilder.CreateIndex(
                name: "IX_StageJudges_StageId_Judge",
                schema: "evaluations",
                table: "StageJudges",
                columns: new[] { "StageId", "Judge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stages_RoundId_Key",
                schema: "evaluations",
                table: "Stages",
                columns: new[] { "RoundId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transitions_RoundId",
                schema: "evaluations",
                table: "Transitions",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Conflicts",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Criteria",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Decisions",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Entries",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Ledger",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Objections",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Receipts",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Results",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Scorecards",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Seats",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "StageJudges",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Transitions",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Stages",
                schema: "evaluations");

            migrationBuilder.DropTable(
                name: "Rounds",
                schema: "evaluations");
        }
    }
}
