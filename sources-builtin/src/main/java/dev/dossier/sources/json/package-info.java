/**
 * The generic {@code json} provider: an array of objects in a user's JSON file as one typed
 * dataset, laid out by options.
 */
package dev.dossier.sources.json;
