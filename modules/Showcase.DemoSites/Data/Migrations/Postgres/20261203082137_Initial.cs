using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Showcase.DemoSites.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "demosites");

            migrationBuilder.CreateTable(
                name: "Pages",
                schema: "demosites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PageSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    NavOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    PublishAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsLive = table.Column<bool>(type: "boolean", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                schema: "demosites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Kinds = table.Column<string>(type: "text", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedPages",
                schema: "demosites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SiteSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PageSlug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BodyHtml = table.Column<string>(type: "text", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    NavOrder = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedPages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sites",
                schema: "demosites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Theme = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CoverUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FeaturedBrands = table.Column<string>(type: "text", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "boolean", nullable: false),
                    Template = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sites_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalSchema: "demosites",
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Editors",
                schema: "demosites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Editors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Editors_Sites_SiteId",
                        column: x => x.SiteId,
                        principalSchema: "demosites",
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Editors_SiteId_UserName",
                schema: "demosites",
                table: "Editors",
                columns: new[] { "SiteId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Editors_UserName",
                schema: "demosites",
                table: "Editors",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_Pages_Code",
                schema: "demosites",
                table: "Pages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pages_SiteSlug",
                schema: "demosites",
                table: "Pages",
                column: "SiteSlug");

            migrationBuilder.CreateIndex(
                name: "IX_Programmes_Code",
                schema: "demosites",
                table: "Programmes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPages_Code",
                schema: "demosites",
                table: "PublishedPages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedPages_SiteSlug_PageSlug",
                schema: "demosites",
                table: "PublishedPages",
                columns: new[] { "SiteSlug", "PageSlug" });

            migrationBuilder.CreateIndex(
                name: "IX_Sites_IsPublished_ProgrammeId_Kind_DistrictCode",
                schema: "demosites",
                table: "Sites",
                columns: new[] { "IsPublished", "ProgrammeId", "Kind", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Sites_ProgrammeId",
                schema: "demosites",
                table: "Sites",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_Sites_Slug",
                schema: "demosites",
                table: "Sites",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Editors",
                schema: "demosites");

            migrationBuilder.DropTable(
                name: "Pages",
                schema: "demosites");

            migrationBuilder.DropTable(
                name: "PublishedPages",
                schema: "demosites");

            migrationBuilder.DropTable(
                name: "Sites",
                schema: "demosites");

            migrationBuilder.DropTable(
                name: "Programmes",
                schema: "demosites");
        }
    }
}
