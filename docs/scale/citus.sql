-- Vertelpunt on Citus: every organization table split by organization_id, the instance-wide tables
-- copied to every node. NOT RUN: Citus is not installable on the machine this was written on
-- (`apt-cache search citus` finds no package); it follows Citus 12's documented rules and is checked only for drifting from the schema (src/db/citus-ddl.test.ts:
-- every table of src/db/schema appears here exactly once, as distributed or as reference table).
-- Run it once, on the coordinator, on a migrated database, before the data grows large
-- (create_distributed_table copies the rows that are already there). See README, "Scale".

CREATE EXTENSION IF NOT EXISTS citus;

-- 1. team_member has no organization_id of its own (it reaches it through team): give it one.
ALTER TABLE "team_member" ADD COLUMN organization_id uuid;
UPDATE "team_member" tm SET organization_id = t.organization_id FROM "team" t WHERE t.id = tm.team_id;
ALTER TABLE "team_member" ALTER COLUMN organization_id SET NOT NULL;

-- The column index's change triggers (migration 0023) are statement triggers with a transition
-- table, which Citus does not run on distributed tables: drop them and start the app with
-- VERTELPUNT_INDEX_DIR=off (the index then loads from the database at every start).
DROP TRIGGER IF EXISTS story_removed ON "story";
DROP TRIGGER IF EXISTS story_truncated ON "story";
DROP TRIGGER IF EXISTS story_changed ON "story";
-- Its truncate marker is the only row without an organization; Citus refuses a null distribution column.
DELETE FROM "story_removal" WHERE organization_id IS NULL;
ALTER TABLE "story_removal" ALTER COLUMN organization_id SET NOT NULL;

-- 2. Primary keys and unique constraints of the distributed tables must contain organization_id.
ALTER TABLE "api_token" DROP CONSTRAINT "api_token_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "booklet" DROP CONSTRAINT "booklet_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "booklet_story" DROP CONSTRAINT "booklet_story_booklet_id_story_id_pk" CASCADE, ADD PRIMARY KEY (organization_id, booklet_id, story_id);
ALTER TABLE "booklet_shared_story" DROP CONSTRAINT "booklet_shared_story_booklet_id_sector_id_contribution_id_pk" CASCADE, ADD PRIMARY KEY (organization_id, booklet_id, sector_id, contribution_id);
ALTER TABLE "collection" DROP CONSTRAINT "collection_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "core_adoption" DROP CONSTRAINT "core_adoption_framework_id_framework_version_pk" CASCADE, ADD PRIMARY KEY (organization_id, framework_id, framework_version);
ALTER TABLE "core_framework_version" DROP CONSTRAINT "core_framework_version_sector_id_version_pk" CASCADE, ADD PRIMARY KEY (organization_id, sector_id, version);
ALTER TABLE "follow_up" DROP CONSTRAINT "follow_up_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "framework" DROP CONSTRAINT "framework_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "framework_version" DROP CONSTRAINT "framework_version_framework_id_version_pk" CASCADE, ADD PRIMARY KEY (organization_id, framework_id, version);
ALTER TABLE "interpretation" DROP CONSTRAINT "interpretation_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "intervision_session" DROP CONSTRAINT "intervision_session_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "invitation" DROP CONSTRAINT "invitation_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "listening_round" DROP CONSTRAINT "listening_round_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "member" DROP CONSTRAINT "member_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "member_invitation" DROP CONSTRAINT "member_invitation_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "round_contact" DROP CONSTRAINT "round_contact_pkey" CASCADE, ADD PRIMARY KEY (organization_id, invitee_id);
ALTER TABLE "round_invitee" DROP CONSTRAINT "round_invitee_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "sector_contribution" DROP CONSTRAINT "sector_contribution_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "sector_contributor" DROP CONSTRAINT "sector_contributor_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "sector_link" DROP CONSTRAINT "sector_link_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "sector_outbox" DROP CONSTRAINT "sector_outbox_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "sector_participation" DROP CONSTRAINT "sector_participation_pkey" CASCADE, ADD PRIMARY KEY (organization_id, collection_id);
ALTER TABLE "sector_received" DROP CONSTRAINT "sector_received_contributor_id_contribution_id_pk" CASCADE, ADD PRIMARY KEY (organization_id, contributor_id, contribution_id);
ALTER TABLE "story" DROP CONSTRAINT "story_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "story_recording" DROP CONSTRAINT "story_recording_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "team" DROP CONSTRAINT "team_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "team_member" DROP CONSTRAINT "team_member_pkey" CASCADE, ADD PRIMARY KEY (organization_id, id);
ALTER TABLE "api_token" DROP CONSTRAINT "api_token_token_hash_unique", ADD UNIQUE (organization_id, token_hash);
ALTER TABLE "booklet" DROP CONSTRAINT "booklet_slug_unique", ADD UNIQUE (organization_id, slug);
ALTER TABLE "collection" DROP CONSTRAINT "collection_slug_unique", ADD UNIQUE (organization_id, slug);
ALTER TABLE "listening_round" DROP CONSTRAINT "listening_round_slug_unique", ADD UNIQUE (organization_id, slug);
ALTER TABLE "member_invitation" DROP CONSTRAINT "member_invitation_token_hash_unique", ADD UNIQUE (organization_id, token_hash);
ALTER TABLE "round_invitee" DROP CONSTRAINT "round_invitee_token_hash_unique", ADD UNIQUE (organization_id, token_hash);
ALTER TABLE "sector_contributor" DROP CONSTRAINT "sector_contributor_credential_hash_unique", ADD UNIQUE (organization_id, credential_hash);
ALTER TABLE "story_recording" DROP CONSTRAINT "story_recording_storage_key_unique", ADD UNIQUE (organization_id, storage_key);
ALTER TABLE "team_member" DROP CONSTRAINT "team_member_membership_key_unique", ADD UNIQUE (organization_id, membership_key);

-- 3. Foreign keys between organization tables name the organization too (step 2 dropped the old ones).
ALTER TABLE "booklet_story" ADD FOREIGN KEY (organization_id, booklet_id) REFERENCES "booklet" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "booklet_story" ADD FOREIGN KEY (organization_id, story_id) REFERENCES "story" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "booklet_shared_story" ADD FOREIGN KEY (organization_id, booklet_id) REFERENCES "booklet" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "collection" ADD FOREIGN KEY (organization_id, framework_id) REFERENCES "framework" (organization_id, id) ON DELETE NO ACTION;
ALTER TABLE "core_adoption" ADD FOREIGN KEY (organization_id, link_id) REFERENCES "sector_link" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "core_adoption" ADD FOREIGN KEY (organization_id, framework_id) REFERENCES "framework" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "follow_up" ADD FOREIGN KEY (organization_id, story_id) REFERENCES "story" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "framework_version" ADD FOREIGN KEY (organization_id, framework_id) REFERENCES "framework" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "idempotency_key" ADD FOREIGN KEY (organization_id, story_id) REFERENCES "story" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "interpretation" ADD FOREIGN KEY (organization_id, story_id) REFERENCES "story" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "intervision_session" ADD FOREIGN KEY (organization_id, collection_id) REFERENCES "collection" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "listening_round" ADD FOREIGN KEY (organization_id, collection_id) REFERENCES "collection" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "round_contact" ADD FOREIGN KEY (organization_id, invitee_id) REFERENCES "round_invitee" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "round_contact" ADD FOREIGN KEY (organization_id, round_id) REFERENCES "listening_round" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "round_invitee" ADD FOREIGN KEY (organization_id, round_id) REFERENCES "listening_round" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "sector_contribution" ADD FOREIGN KEY (organization_id, link_id) REFERENCES "sector_link" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "sector_outbox" ADD FOREIGN KEY (organization_id, link_id) REFERENCES "sector_link" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "sector_participation" ADD FOREIGN KEY (organization_id, collection_id) REFERENCES "collection" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "sector_participation" ADD FOREIGN KEY (organization_id, link_id) REFERENCES "sector_link" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "sector_received" ADD FOREIGN KEY (organization_id, contributor_id) REFERENCES "sector_contributor" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "story" ADD FOREIGN KEY (organization_id, collection_id) REFERENCES "collection" (organization_id, id) ON DELETE CASCADE;
ALTER TABLE "story_recording" ADD FOREIGN KEY (organization_id, story_id) REFERENCES "story" (organization_id, id) ON DELETE SET NULL (story_id);
ALTER TABLE "team_member" ADD FOREIGN KEY (organization_id, team_id) REFERENCES "team" (organization_id, id) ON DELETE CASCADE;

-- 4. Instance-wide tables: a full copy on every node.
SELECT create_reference_table('account');
SELECT create_reference_table('instance_setting');
SELECT create_reference_table('organization');
SELECT create_reference_table('password_reset');
SELECT create_reference_table('sector');
SELECT create_reference_table('session');
SELECT create_reference_table('two_factor');
SELECT create_reference_table('user');
SELECT create_reference_table('verification');

-- 5. Organization tables, split by organization_id and co-located: one organization's rows of every table sit on one node.
SELECT create_distributed_table('organization_settings', 'organization_id');
SELECT create_distributed_table('api_token', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('audit_event', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('booklet', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('booklet_story', 'organization_id', colocate_with => 'organization_settings');
-- Its shared stories live in sector_received under the hub organization's id, on another shard:
-- reading a booklet's shared stories is a join across shards there (Citus runs it, more slowly).
SELECT create_distributed_table('booklet_shared_story', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('collection', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('core_adoption', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('core_framework_version', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('follow_up', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('framework', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('framework_version', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('idempotency_key', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('interpretation', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('intervision_session', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('invitation', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('listening_round', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('member', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('member_invitation', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('organization_signing_key', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('round_contact', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('round_invitee', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_contribution', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_contributor', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_link', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_member', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_outbox', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_participation', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('sector_received', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('story', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('story_recording', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('story_removal', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('team', 'organization_id', colocate_with => 'organization_settings');
SELECT create_distributed_table('team_member', 'organization_id', colocate_with => 'organization_settings');
