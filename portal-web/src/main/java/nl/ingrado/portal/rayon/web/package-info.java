/** The public rayon pages (the six rayons, one rayon with its regions and contacts) and the staff edit page. */
package nl.ingrado.portal.rayon.web;
