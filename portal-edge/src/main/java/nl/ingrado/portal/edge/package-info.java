/**
 * What runs in Payara's HTTP listener itself, before the web container: a guard for request paths the
 * container cannot decode. Payara loads it from its own classpath ({@code --addlibs}); the portal's WAR
 * does not contain it.
 */
package nl.ingrado.portal.edge;
