import type { CalendarEvent, CalendarPage } from '../../src/modules/calendar/calendar.service.js';

export type CalendarEventMapper = CalendarEvent;
export type CalendarConnectionMapper = CalendarPage;
