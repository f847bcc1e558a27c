using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.DemoSites.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemoSite_Pages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PageSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    NavOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PublishAtUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IsLive = table.Column<bool>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoSite_Pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemoSite_Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Kinds = table.Column<string>(type: "TEXT", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoSite_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemoSite_PublishedPages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SiteSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PageSlug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    NavOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoSite_PublishedPages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemoSite_Sites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CoverUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FeaturedBrands = table.Column<string>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsIllustrative = table.Column<bool>(type: "INTEGER", nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoSite_Sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemoSite_Sites_DemoSite_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "DemoSite_Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DemoSite_Editors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoSite_Editors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemoSite_Editors_DemoSite_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "DemoSite_Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Editors_SiteId_UserName",
                table: "DemoSite_Editors",
                columns: new[] { "SiteId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Editors_UserName",
                table: "DemoSite_Editors",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Pages_Code",
                table: "DemoSite_Pages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Pages_SiteSlug",
                table: "DemoSite_Pages",
                column: "SiteSlug");

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Programmes_Code",
                table: "DemoSite_Programmes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_PublishedPages_Code",
                table: "DemoSite_PublishedPages",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_PublishedPages_SiteSlug_PageSlug",
                table: "DemoSite_PublishedPages",
                columns: new[] { "SiteSlug", "PageSlug" });

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Sites_IsPublished_ProgrammeId_Kind_DistrictCode",
                table: "DemoSite_Sites",
                columns: new[] { "IsPublished", "ProgrammeId", "Kind", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Sites_ProgrammeId",
                table: "DemoSite_Sites",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_DemoSite_Sites_Slug",
                table: "DemoSite_Sites",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemoSite_Editors");

            migrationBuilder.DropTable(
                name: "DemoSite_Pages");

            migrationBuilder.DropTable(
                name: "DemoSite_PublishedPages");

            migrationBuilder.DropTable(
                name: "DemoSite_Sites");

            migrationBuilder.DropTable(
                name: "DemoSite_Programmes");
        }
    }
}
