package labrepl.cloud;

import java.net.URI;
import labrepl.cloud.storage.DataStore;

/**
 * What a service is built with: who the cloud is, where its state lives, the address clients
 * reach it at (a function's SDK calls back to it), and the registry of its other services.
 */
public record CloudContext(CloudIdentity identity, DataStore store, URI endpoint, ServiceRegistry registry) {
}
