// One way to reach a resource: find it within the caller's organization, then apply the policy. A
// resource in another organization, or none at all, answers 404 to everyone; only a resource the
// caller could see meets the role check (403) and the resource's own rule (policy.ts,
// resourceRules). Routes on an id start here; routes without one call authorize (policy.ts).
import type { Db } from "../db/client.ts";
import { findBooklet } from "./booklets/repository.ts";
import { findCollection } from "./collections/repository.ts";
import { findRound } from "./collections/rounds.ts";
import { findDemoById } from "./demo/demo-collection.ts";
import { findFramework } from "./frameworks/repository.ts";
import { findSession } from "./intervision/repository.ts";
import { findOpenInvitationById } from "./people/invitations.ts";
import { findMember } from "./people/membership.ts";
import { type Action, authorizeOn, type Caller, type ResourceActionOn } from "./policy.ts";
import { unauthorized } from "./problem.ts";
import { findSectorFor } from "./sector/hub.ts";
import { findLink } from "./sector/links.ts";
import { findSectorPlace } from "./sector/remote-view.ts";
import { findStory } from "./stories/queries.ts";
import { findSubjectStories } from "./stories/subject-timeline.ts";

/** How each kind of resource is found in the caller's organization; each throws 404 when it is not there. */
const loaders = {
  // Tellers find only their own stories (stories/queries.ts, visibleTo).
  story: (db: Db, caller: Caller, id: string) => findStory(db, caller, id),
  // A pseudonymous client, as the stories told about them.
  subject: (db: Db, caller: Caller, pseudonym: string) => findSubjectStories(db, caller.organizationId, pseudonym),
  collection: (db: Db, caller: Caller, id: string) => findCollection(db, caller.organizationId, id),
  // The organization's demo collection only.
  demo: (db: Db, caller: Caller, id: string) => findDemoById(db, caller.organizationId, id),
  round: (db: Db, caller: Caller, { collectionId, roundId }: { collectionId: string; roundId: string }) =>
    findRound(db, caller.organizationId, collectionId, roundId),
  framework: (db: Db, caller: Caller, id: string) => findFramework(db, caller.organizationId, id),
  booklet: (db: Db, caller: Caller, id: string) => findBooklet(db, caller.organizationId, id),
  session: (db: Db, caller: Caller, id: string) => findSession(db, caller.organizationId, id),
  member: (db: Db, caller: Caller, id: string) => findMember(db, caller.organizationId, id),
  // A sector the caller's organization coordinates or is a member of (sector/hub.ts).
  sector: (db: Db, caller: Caller, id: string) => findSectorFor(db, caller, id),
  sectorLink: (db: Db, caller: Caller, id: string) => findLink(db, caller.organizationId, id),
  // The sector's view: on this instance, or through the organization's link to a hub elsewhere (sector/remote-view.ts).
  sectorPlace: (db: Db, caller: Caller, id: string) => findSectorPlace(db, caller, id),
  // Only invitations not accepted yet.
  invitation: (db: Db, caller: Caller, id: string) => findOpenInvitationById(db, caller.organizationId, id),
};

type ResourceKind = keyof typeof loaders;
type KeyOf<K extends ResourceKind> = Parameters<(typeof loaders)[K]>[2];
type ResourceOf<K extends ResourceKind> = Awaited<ReturnType<(typeof loaders)[K]>>;

/**
 * The resource of this kind and key, found within the caller's organization, and the caller, allowed
 * to do the action on it. Throws 401 without a caller, 404 when the resource is not in the caller's
 * organization (or not visible to them), and only then 403 when the role or the resource's rule says no.
 */
export async function reach<K extends ResourceKind>(
  db: Db, caller: Caller | undefined, kind: K, key: KeyOf<K>, action: Action | ResourceActionOn<ResourceOf<K>>,
): Promise<{ caller: Caller; resource: ResourceOf<K> }> {
  if (!caller) throw unauthorized();
  const load = loaders[kind] as (db: Db, caller: Caller, key: KeyOf<K>) => Promise<ResourceOf<K>>;
  const resource = await load(db, caller, key);
  authorizeOn(caller, action, resource);
  return { caller, resource };
}
