import type { Collection, CollectionState } from "../../contract/collections.ts";
import type { collectionMessages } from "./messages.ts";

type Key = keyof typeof collectionMessages;

export const stateLabels: Record<CollectionState, Key> = { open: "stateOpen", notYetOpen: "stateNotYetOpen", closed: "stateClosed" };
export const audienceLabels: Record<Collection["audience"], Key> = { professionals: "audienceProfessionals", clients: "audienceClients" };
