/** Web plumbing shared by every module: the API error format and its exception handlers. */
package org.welfareintelligence.web;
