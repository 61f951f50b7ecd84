import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer', 'coordinator', 'evaluator');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('department', 'social_insurance', 'mass_organization', 'media', 'commune_committee', 'service_organization');
  CREATE TYPE "public"."enum_localities_kind" AS ENUM('xa', 'phuong', 'dac_khu');
  CREATE TYPE "public"."enum_localities_former_area" AS ENUM('Hải Phòng', 'Hải Dương');
  CREATE TYPE "public"."enum_sites_kind" AS ENUM('industrial_park', 'economic_zone', 'free_trade_zone', 'industrial_cluster', 'worker_housing', 'market', 'school', 'craft_village', 'community_hall', 'health_facility', 'other');
  CREATE TYPE "public"."enum_sites_locality_basis" AS ENUM('source_new_name', 'mapped_from_old_commune', 'inferred', 'unknown');
  CREATE TYPE "public"."enum_sites_status" AS ENUM('operating', 'developing', 'established_2025', 'planned');
  CREATE TYPE "public"."enum_topics_kind" AS ENUM('theme', 'policy');
  CREATE TYPE "public"."enum_channels_kind" AS ENUM('mass_media', 'digital', 'visual_product', 'direct', 'integration', 'network');
  CREATE TYPE "public"."enum_plans_expected_results_indicator" AS ENUM('bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation', 'officialsInformed', 'peopleReached');
  CREATE TYPE "public"."enum_plans_budget_source" AS ENUM('state_budget', 'bhxh_funds', 'other');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum_plans_period_kind" AS ENUM('year', 'term');
  CREATE TYPE "public"."enum__plans_v_version_expected_results_indicator" AS ENUM('bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation', 'officialsInformed', 'peopleReached');
  CREATE TYPE "public"."enum__plans_v_version_budget_source" AS ENUM('state_budget', 'bhxh_funds', 'other');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'submitted', 'approved', 'returned');
  CREATE TYPE "public"."enum__plans_v_version_period_kind" AS ENUM('year', 'term');
  CREATE TYPE "public"."enum_assignments_recurrence" AS ENUM('once', 'half_yearly', 'yearly', 'continuous');
  CREATE TYPE "public"."enum_assignments_status" AS ENUM('not_started', 'in_progress', 'done', 'blocked');
  CREATE TYPE "public"."enum_targets_indicator" AS ENUM('bhytCoverage', 'bhxhParticipation', 'bhxhCompulsory', 'bhxhVoluntary', 'bhtnParticipation', 'officialsInformed', 'peopleReached');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'coordinator' NOT NULL,
  	"organization_id" integer,
  	"phone" varchar,
  	"position" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"normalized_name" varchar,
  	"short_name" varchar,
  	"kind" "enum_organizations_kind" NOT NULL,
  	"parent_id" integer,
  	"locality_id" integer,
  	"email" varchar,
  	"phone" varchar,
  	"responsibilities" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "localities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"normalized_name" varchar,
  	"kind" "enum_localities_kind" NOT NULL,
  	"former_area" "enum_localities_former_area",
  	"formed_from" varchar,
  	"population" numeric,
  	"labour_force" numeric,
  	"figures_year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_sites_kind" NOT NULL,
  	"locality_basis" "enum_sites_locality_basis",
  	"status" "enum_sites_status",
  	"area" varchar,
  	"old_location" varchar,
  	"address" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"localities_id" integer
  );
  
  CREATE TABLE "audience_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"short_name" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" integer,
  	"priority" boolean DEFAULT false,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_topics_kind" DEFAULT 'policy' NOT NULL,
  	"theme_id" integer,
  	"description" varchar,
  	"legal_basis" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "channels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_channels_kind" NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plans_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"done" boolean DEFAULT false
  );
  
  CREATE TABLE "plans_expected_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"indicator" "enum_plans_expected_results_indicator" NOT NULL,
  	"value" numeric NOT NULL,
  	"description" varchar
  );
  
  CREATE TABLE "plans_budget" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"source" "enum_plans_budget_source" NOT NULL,
  	"amount" numeric NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"organization_id" integer,
  	"status" "enum_plans_status" DEFAULT 'draft' NOT NULL,
  	"return_reason" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"period_kind" "enum_plans_period_kind" DEFAULT 'year' NOT NULL,
  	"year" numeric,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"objectives" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audience_groups_id" integer,
  	"localities_id" integer,
  	"topics_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "_plans_v_version_milestones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"done" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_expected_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"indicator" "enum__plans_v_version_expected_results_indicator" NOT NULL,
  	"value" numeric NOT NULL,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_budget" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" "enum__plans_v_version_budget_source" NOT NULL,
  	"amount" numeric NOT NULL,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_organization_id" integer,
  	"version_status" "enum__plans_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_return_reason" varchar,
  	"version_submitted_by_id" integer,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_decided_by_id" integer,
  	"version_decided_at" timestamp(3) with time zone,
  	"version_period_kind" "enum__plans_v_version_period_kind" DEFAULT 'year' NOT NULL,
  	"version_year" numeric,
  	"version_start_date" timestamp(3) with time zone,
  	"version_end_date" timestamp(3) with time zone,
  	"version_objectives" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_plans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"audience_groups_id" integer,
  	"localities_id" integer,
  	"topics_id" integer,
  	"channels_id" integer
  );
  
  CREATE TABLE "assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"organization_id" integer,
  	"plan_id" integer,
  	"section" varchar,
  	"description" varchar,
  	"recurrence" "enum_assignments_recurrence" DEFAULT 'continuous',
  	"start_date" timestamp(3) with time zone,
  	"due_date" timestamp(3) with time zone,
  	"status" "enum_assignments_status" DEFAULT 'not_started' NOT NULL,
  	"progress_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assignments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"indicator" "enum_targets_indicator" NOT NULL,
  	"year" numeric NOT NULL,
  	"locality_id" integer,
  	"minimum" numeric NOT NULL,
  	"maximum" numeric,
  	"source" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"organizations_id" integer,
  	"localities_id" integer,
  	"sites_id" integer,
  	"audience_groups_id" integer,
  	"topics_id" integer,
  	"channels_id" integer,
  	"plans_id" integer,
  	"assignments_id" integer,
  	"targets_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_rels" ADD CONSTRAINT "sites_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_rels" ADD CONSTRAINT "sites_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audience_groups" ADD CONSTRAINT "audience_groups_parent_id_audience_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."audience_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_theme_id_topics_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_milestones" ADD CONSTRAINT "plans_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_expected_results" ADD CONSTRAINT "plans_expected_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_budget" ADD CONSTRAINT "plans_budget_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_audience_groups_fk" FOREIGN KEY ("audience_groups_id") REFERENCES "public"."audience_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_milestones" ADD CONSTRAINT "_plans_v_version_milestones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_expected_results" ADD CONSTRAINT "_plans_v_version_expected_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_budget" ADD CONSTRAINT "_plans_v_version_budget_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_decided_by_id_users_id_fk" FOREIGN KEY ("version_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_audience_groups_fk" FOREIGN KEY ("audience_groups_id") REFERENCES "public"."audience_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_rels" ADD CONSTRAINT "_plans_v_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments_rels" ADD CONSTRAINT "assignments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignments_rels" ADD CONSTRAINT "assignments_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "targets" ADD CONSTRAINT "targets_locality_id_localities_id_fk" FOREIGN KEY ("locality_id") REFERENCES "public"."localities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_localities_fk" FOREIGN KEY ("localities_id") REFERENCES "public"."localities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audience_groups_fk" FOREIGN KEY ("audience_groups_id") REFERENCES "public"."audience_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_channels_fk" FOREIGN KEY ("channels_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignments_fk" FOREIGN KEY ("assignments_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_targets_fk" FOREIGN KEY ("targets_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "organizations_normalized_name_idx" ON "organizations" USING btree ("normalized_name");
  CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");
  CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");
  CREATE INDEX "organizations_locality_idx" ON "organizations" USING btree ("locality_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "localities_normalized_name_idx" ON "localities" USING btree ("normalized_name");
  CREATE INDEX "localities_kind_idx" ON "localities" USING btree ("kind");
  CREATE INDEX "localities_former_area_idx" ON "localities" USING btree ("former_area");
  CREATE INDEX "localities_updated_at_idx" ON "localities" USING btree ("updated_at");
  CREATE INDEX "localities_created_at_idx" ON "localities" USING btree ("created_at");
  CREATE INDEX "sites_kind_idx" ON "sites" USING btree ("kind");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "sites_rels_order_idx" ON "sites_rels" USING btree ("order");
  CREATE INDEX "sites_rels_parent_idx" ON "sites_rels" USING btree ("parent_id");
  CREATE INDEX "sites_rels_path_idx" ON "sites_rels" USING btree ("path");
  CREATE INDEX "sites_rels_localities_id_idx" ON "sites_rels" USING btree ("localities_id");
  CREATE UNIQUE INDEX "audience_groups_code_idx" ON "audience_groups" USING btree ("code");
  CREATE INDEX "audience_groups_parent_idx" ON "audience_groups" USING btree ("parent_id");
  CREATE INDEX "audience_groups_updated_at_idx" ON "audience_groups" USING btree ("updated_at");
  CREATE INDEX "audience_groups_created_at_idx" ON "audience_groups" USING btree ("created_at");
  CREATE UNIQUE INDEX "topics_code_idx" ON "topics" USING btree ("code");
  CREATE INDEX "topics_kind_idx" ON "topics" USING btree ("kind");
  CREATE INDEX "topics_theme_idx" ON "topics" USING btree ("theme_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "channels_code_idx" ON "channels" USING btree ("code");
  CREATE INDEX "channels_kind_idx" ON "channels" USING btree ("kind");
  CREATE INDEX "channels_updated_at_idx" ON "channels" USING btree ("updated_at");
  CREATE INDEX "channels_created_at_idx" ON "channels" USING btree ("created_at");
  CREATE INDEX "plans_milestones_order_idx" ON "plans_milestones" USING btree ("_order");
  CREATE INDEX "plans_milestones_parent_id_idx" ON "plans_milestones" USING btree ("_parent_id");
  CREATE INDEX "plans_expected_results_order_idx" ON "plans_expected_results" USING btree ("_order");
  CREATE INDEX "plans_expected_results_parent_id_idx" ON "plans_expected_results" USING btree ("_parent_id");
  CREATE INDEX "plans_budget_order_idx" ON "plans_budget" USING btree ("_order");
  CREATE INDEX "plans_budget_parent_id_idx" ON "plans_budget" USING btree ("_parent_id");
  CREATE INDEX "plans_organization_idx" ON "plans" USING btree ("organization_id");
  CREATE INDEX "plans_status_idx" ON "plans" USING btree ("status");
  CREATE INDEX "plans_submitted_by_idx" ON "plans" USING btree ("submitted_by_id");
  CREATE INDEX "plans_decided_by_idx" ON "plans" USING btree ("decided_by_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans_rels_order_idx" ON "plans_rels" USING btree ("order");
  CREATE INDEX "plans_rels_parent_idx" ON "plans_rels" USING btree ("parent_id");
  CREATE INDEX "plans_rels_path_idx" ON "plans_rels" USING btree ("path");
  CREATE INDEX "plans_rels_audience_groups_id_idx" ON "plans_rels" USING btree ("audience_groups_id");
  CREATE INDEX "plans_rels_localities_id_idx" ON "plans_rels" USING btree ("localities_id");
  CREATE INDEX "plans_rels_topics_id_idx" ON "plans_rels" USING btree ("topics_id");
  CREATE INDEX "plans_rels_channels_id_idx" ON "plans_rels" USING btree ("channels_id");
  CREATE INDEX "_plans_v_version_milestones_order_idx" ON "_plans_v_version_milestones" USING btree ("_order");
  CREATE INDEX "_plans_v_version_milestones_parent_id_idx" ON "_plans_v_version_milestones" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_expected_results_order_idx" ON "_plans_v_version_expected_results" USING btree ("_order");
  CREATE INDEX "_plans_v_version_expected_results_parent_id_idx" ON "_plans_v_version_expected_results" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_budget_order_idx" ON "_plans_v_version_budget" USING btree ("_order");
  CREATE INDEX "_plans_v_version_budget_parent_id_idx" ON "_plans_v_version_budget" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_organization_idx" ON "_plans_v" USING btree ("version_organization_id");
  CREATE INDEX "_plans_v_version_version_status_idx" ON "_plans_v" USING btree ("version_status");
  CREATE INDEX "_plans_v_version_version_submitted_by_idx" ON "_plans_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_plans_v_version_version_decided_by_idx" ON "_plans_v" USING btree ("version_decided_by_id");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_rels_order_idx" ON "_plans_v_rels" USING btree ("order");
  CREATE INDEX "_plans_v_rels_parent_idx" ON "_plans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_plans_v_rels_path_idx" ON "_plans_v_rels" USING btree ("path");
  CREATE INDEX "_plans_v_rels_audience_groups_id_idx" ON "_plans_v_rels" USING btree ("audience_groups_id");
  CREATE INDEX "_plans_v_rels_localities_id_idx" ON "_plans_v_rels" USING btree ("localities_id");
  CREATE INDEX "_plans_v_rels_topics_id_idx" ON "_plans_v_rels" USING btree ("topics_id");
  CREATE INDEX "_plans_v_rels_channels_id_idx" ON "_plans_v_rels" USING btree ("channels_id");
  CREATE INDEX "assignments_organization_idx" ON "assignments" USING btree ("organization_id");
  CREATE INDEX "assignments_plan_idx" ON "assignments" USING btree ("plan_id");
  CREATE INDEX "assignments_due_date_idx" ON "assignments" USING btree ("due_date");
  CREATE INDEX "assignments_status_idx" ON "assignments" USING btree ("status");
  CREATE INDEX "assignments_updated_at_idx" ON "assignments" USING btree ("updated_at");
  CREATE INDEX "assignments_created_at_idx" ON "assignments" USING btree ("created_at");
  CREATE INDEX "assignments_rels_order_idx" ON "assignments_rels" USING btree ("order");
  CREATE INDEX "assignments_rels_parent_idx" ON "assignments_rels" USING btree ("parent_id");
  CREATE INDEX "assignments_rels_path_idx" ON "assignments_rels" USING btree ("path");
  CREATE INDEX "assignments_rels_organizations_id_idx" ON "assignments_rels" USING btree ("organizations_id");
  CREATE INDEX "targets_indicator_idx" ON "targets" USING btree ("indicator");
  CREATE INDEX "targets_year_idx" ON "targets" USING btree ("year");
  CREATE INDEX "targets_locality_idx" ON "targets" USING btree ("locality_id");
  CREATE INDEX "targets_updated_at_idx" ON "targets" USING btree ("updated_at");
  CREATE INDEX "targets_created_at_idx" ON "targets" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_localities_id_idx" ON "payload_locked_documents_rels" USING btree ("localities_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_audience_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("audience_groups_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_channels_id_idx" ON "payload_locked_documents_rels" USING btree ("channels_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("assignments_id");
  CREATE INDEX "payload_locked_documents_rels_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("targets_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "localities" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "sites_rels" CASCADE;
  DROP TABLE "audience_groups" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "channels" CASCADE;
  DROP TABLE "plans_milestones" CASCADE;
  DROP TABLE "plans_expected_results" CASCADE;
  DROP TABLE "plans_budget" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "plans_rels" CASCADE;
  DROP TABLE "_plans_v_version_milestones" CASCADE;
  DROP TABLE "_plans_v_version_expected_results" CASCADE;
  DROP TABLE "_plans_v_version_budget" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "_plans_v_rels" CASCADE;
  DROP TABLE "assignments" CASCADE;
  DROP TABLE "assignments_rels" CASCADE;
  DROP TABLE "targets" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_localities_kind";
  DROP TYPE "public"."enum_localities_former_area";
  DROP TYPE "public"."enum_sites_kind";
  DROP TYPE "public"."enum_sites_locality_basis";
  DROP TYPE "public"."enum_sites_status";
  DROP TYPE "public"."enum_topics_kind";
  DROP TYPE "public"."enum_channels_kind";
  DROP TYPE "public"."enum_plans_expected_results_indicator";
  DROP TYPE "public"."enum_plans_budget_source";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum_plans_period_kind";
  DROP TYPE "public"."enum__plans_v_version_expected_results_indicator";
  DROP TYPE "public"."enum__plans_v_version_budget_source";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum__plans_v_version_period_kind";
  DROP TYPE "public"."enum_assignments_recurrence";
  DROP TYPE "public"."enum_assignments_status";
  DROP TYPE "public"."enum_targets_indicator";`)
}
