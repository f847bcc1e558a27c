using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Showcase.Core.Jobs.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Quartz.NET 4.7 job store tables, from Quartz's schema for PostgreSQL (database/tables/tables_postgres.sql)
            // with its table prefix set to jobs.qrtz_ (JobsDbContext.QuartzTablePrefix). The optional execution-history
            // tables are left out: we do not turn Quartz's execution history on.
            migrationBuilder.Sql(
                """
                CREATE SCHEMA IF NOT EXISTS jobs;
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_job_details (
                  sched_name text not null,
                  job_name text not null,
                  job_group text not null,
                  description text null,
                  job_class_name text not null,
                  is_durable bool not null,
                  is_nonconcurrent bool not null,
                  is_update_data bool not null,
                  requests_recovery bool not null,
                  job_data bytea null,
                  primary key (sched_name,job_name,job_group)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_triggers (
                  sched_name text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  job_name text not null,
                  job_group text not null,
                  description text null,
                  next_fire_time bigint null,
                  prev_fire_time bigint null,
                  priority integer null,
                  trigger_state text not null,
                  trigger_type text not null,
                  start_time bigint not null,
                  end_time bigint null,
                  calendar_name text null,
                  misfire_instr smallint null,
                  misfire_orig_fire_time bigint null,
                  execution_group varchar(200) null,
                  preferred_node varchar(200) null,
                  preferred_node_auto bool not null default false,
                  retry_policy varchar(250) null,
                  retry_attempt integer null,
                  continues_trigger_name text null,
                  continues_trigger_group text null,
                  continuation_condition integer null,
                  overlap_policy integer null,
                  pause_reason varchar(250) null,
                  paused_by varchar(200) null,
                  paused_at bigint null,
                  misfire_threshold bigint null,
                  fixed_delay bool null,
                  job_data bytea null,
                  primary key (sched_name,trigger_name,trigger_group),
                  foreign key (sched_name,job_name,job_group) references jobs.qrtz_job_details (sched_name,job_name,job_group)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_simple_triggers (
                  sched_name text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  repeat_count bigint not null,
                  repeat_interval bigint not null,
                  times_triggered bigint not null,
                  primary key (sched_name,trigger_name,trigger_group),
                  foreign key (sched_name,trigger_name,trigger_group) references jobs.qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_cron_triggers (
                  sched_name text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  cron_expression text not null,
                  time_zone_id text,
                  primary key (sched_name,trigger_name,trigger_group),
                  foreign key (sched_name,trigger_name,trigger_group) references jobs.qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_simprop_triggers (
                  sched_name text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  str_prop_1 text null,
                  str_prop_2 text null,
                  str_prop_3 text null,
                  int_prop_1 integer null,
                  int_prop_2 integer null,
                  long_prop_1 bigint null,
                  long_prop_2 bigint null,
                  dec_prop_1 numeric null,
                  dec_prop_2 numeric null,
                  bool_prop_1 bool null,
                  bool_prop_2 bool null,
                  time_zone_id text null,
                  primary key (sched_name,trigger_name,trigger_group),
                  foreign key (sched_name,trigger_name,trigger_group) references jobs.qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_blob_triggers (
                  sched_name text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  blob_data bytea null,
                  primary key (sched_name,trigger_name,trigger_group),
                  foreign key (sched_name,trigger_name,trigger_group) references jobs.qrtz_triggers (sched_name,trigger_name,trigger_group) on delete cascade
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_calendars (
                  sched_name text not null,
                  calendar_name text not null,
                  calendar bytea not null,
                  primary key (sched_name,calendar_name)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_paused_trigger_grps (
                  sched_name text not null,
                  trigger_group text not null,
                  pause_reason varchar(250) null,
                  paused_by varchar(200) null,
                  paused_at bigint null,
                  primary key (sched_name,trigger_group)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_paused_job_grps (
                  sched_name text not null,
                  job_group text not null,
                  pause_reason varchar(250) null,
                  paused_by varchar(200) null,
                  paused_at bigint null,
                  primary key (sched_name,job_group)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_fired_triggers (
                  sched_name text not null,
                  entry_id text not null,
                  trigger_name text not null,
                  trigger_group text not null,
                  instance_name text not null,
                  fired_time bigint not null,
                  sched_time bigint not null,
                  priority integer not null,
                  state text not null,
                  job_name text null,
                  job_group text null,
                  is_nonconcurrent bool not null,
                  requests_recovery bool null,
                  execution_group varchar(200) null,
                  progress integer null,
                  progress_message varchar(250) null,
                  interrupt_requested_time bigint null,
                  primary key (sched_name,entry_id)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_scheduler_state (
                  sched_name text not null,
                  instance_name text not null,
                  last_checkin_time bigint not null,
                  checkin_interval bigint not null,
                  quartz_version varchar(20) null,
                  primary key (sched_name,instance_name)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE TABLE jobs.qrtz_locks (
                  sched_name text not null,
                  lock_name text not null,
                  primary key (sched_name,lock_name)
                );
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_j_g_n ON jobs.qrtz_job_details (sched_name, job_group, job_name);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_t_j ON jobs.qrtz_triggers (sched_name, job_name, job_group);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_t_g_n ON jobs.qrtz_triggers (sched_name, trigger_group, trigger_name);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_t_c ON jobs.qrtz_triggers (sched_name, calendar_name);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_t_nft_st ON jobs.qrtz_triggers (sched_name, trigger_state, next_fire_time asc, priority desc, misfire_instr);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_ft_inst_job_req_rcvry ON jobs.qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_ft_j_g ON jobs.qrtz_fired_triggers (sched_name, job_name, job_group);
                """);

            migrationBuilder.Sql(
                """
                CREATE INDEX idx_qrtz_ft_t_g ON jobs.qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_simple_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_cron_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_simprop_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_blob_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_job_details;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_calendars;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_paused_trigger_grps;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_paused_job_grps;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_fired_triggers;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_scheduler_state;
                """);

            migrationBuilder.Sql(
                """
                DROP TABLE jobs.qrtz_locks;
                """);
        }
    }
}
