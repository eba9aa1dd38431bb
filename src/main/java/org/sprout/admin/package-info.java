/**
 * Administration: people and their accounts, mentorships and the skill framework. Only
 * admins reach it (see {@code SecurityConfig}); admin rights grant nothing over feedback.
 */
package org.sprout.admin;
