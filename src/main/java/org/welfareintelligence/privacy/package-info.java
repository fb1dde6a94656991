/**
 * Privacy by design: the one place where counts derived from demand are checked before they leave the
 * application, so that no small number of people can be singled out.
 */
package org.welfareintelligence.privacy;
