/** Web plumbing shared by every module: the API error format and its exception handlers, CSV output and small CSV uploads. */
package org.welfareintelligence.web;
