/**
 * Sitrep's web app: an offline map of who held which place on the day chosen on the slider, the events around it,
 * filters, and a side panel with claims, evidence, control timelines, actors and contradictions. Talks only to the
 * HTTP API on its own origin.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import './style.css';
import * as maplibregl from 'maplibre-gl';
// The worker ships as its own file next to the bundle (MapLibre would look for it beside its own, bundled-away module).
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { actorPanel } from './actor-panel.js';
import { api, type Query } from './api.js';
import { basemapStyle } from './basemap.js';
import { claimsList } from './claims-list.js';
import { contradictionsView } from './contradictions-view.js';
import { countryLabels } from './country-labels.js';
import { addDays, formatDay } from './dates.js';
import { byId, el } from './dom.js';
import { eventPanel } from './event-panel.js';
import { renderEventList } from './event-list.js';
import { eventsLayer, type EventsLayer } from './events-layer.js';
import { fillSelects, readFilters, setActorOptions, toQuery } from './filters.js';
import { initialLang, lang, onLangChange, setLang, t, translateStatic } from './i18n/index.js';
import { lastDataDay } from './last-day.js';
import { renderLegend } from './legend.js';
import { sidePanel, type Tab } from './panel.js';
import { placePanel } from './place-panel.js';
import { placesLayer, type PlacesLayer } from './places-layer.js';
import { timeSlider } from './slider.js';
import type { ControlCollection, EventCollection, EventProps } from './types.js';

/** Without a date range in the filters, events of this many days up to the chosen day are shown. */
const EVENT_WINDOW_DAYS = 30;

maplibregl.setWorkerUrl(workerUrl);
setLang(initialLang());
translateStatic();
const form = byId<HTMLFormElement>('filters');
fillSelects(form);
const panel = sidePanel(byId('panel'));
const legend = byId('legend');
const countNode = byId('event-count');
const windowNode = byId('event-window');
const actorsSeen = new Map<string, string>();
let control: ControlCollection | undefined;
let lastEvents: EventCollection | undefined;
let places: PlacesLayer | undefined;
let events: EventsLayer | undefined;
/** Re-renders the details tab (after a language change or a new day). */
let redrawDetails: (() => void) | undefined;

const map = new maplibregl.Map({
  container: 'map',
  style: basemapStyle(document.baseURI),
  center: [40.8, 34.2],
  zoom: 5.4,
  attributionControl: { compact: true, customAttribution: 'Natural Earth' },
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

const slider = timeSlider(byId<HTMLInputElement>('time-slider'), byId<HTMLInputElement>('date-input'), (day) => void onDay(day));
panel.show('details', async () => el('p', { class: 'muted' }, t('clickHint')));

function openPlace(placeId: string): void {
  places?.select(placeId);
  redrawDetails = () => void panel.show('details', () => placePanel(placeId, slider.day(), places?.props(placeId), openActor));
  redrawDetails();
  panel.activate('details');
}

function openEvent(e: EventProps): void {
  places?.select(undefined);
  redrawDetails = () => void panel.show('details', () => eventPanel(e, openActor));
  redrawDetails();
  panel.activate('details');
}

function openActor(actorId: string): void {
  redrawDetails = () => void panel.show('details', () => actorPanel(actorId, slider.day(), openActor));
  redrawDetails();
  panel.activate('details');
}

function eventQuery(): Query {
  const f = readFilters(form);
  if (f.from === undefined && f.to === undefined) {
    const day = slider.day();
    windowNode.textContent = t('eventsWindow', { date: formatDay(day, lang()) });
    return toQuery({ ...f, from: addDays(day, -EVENT_WINDOW_DAYS), to: day });
  }
  windowNode.textContent = t('eventsRange', { from: f.from ? formatDay(f.from, lang()) : '…', to: f.to ? formatDay(f.to, lang()) : '…' });
  return toQuery(f);
}

let eventsSeq = 0;
async function loadEvents(): Promise<void> {
  const mine = ++eventsSeq;
  const q = eventQuery();
  try {
    const data = await api.events(q);
    if (mine !== eventsSeq) return;
    events?.update(data);
    lastEvents = data;
    renderEventList(byId('event-list'), data, openEvent);
    for (const f of data.features) for (const a of [...(f.properties.agents ?? []), ...(f.properties.targets ?? [])]) actorsSeen.set(a.actorId, a.label);
    setActorOptions(byId<HTMLDataListElement>('actor-options'), actorsSeen);
    countNode.dataset.query = JSON.stringify(q);
  } catch (e) {
    windowNode.textContent = t('error', { message: (e as Error).message });
  }
}

function setCount(n: number): void {
  countNode.textContent = String(n);
  countNode.dataset.count = String(n);
}

let controlSeq = 0;
async function onDay(day: string): Promise<void> {
  slider.set(day);
  const mine = ++controlSeq;
  const [data] = await Promise.all([api.control(day).catch(() => undefined), loadEvents()]);
  if (mine !== controlSeq || !data) return;
  control = data;
  for (const f of data.features) {
    const p = f.properties;
    if (p.controllerId) actorsSeen.set(p.controllerId, p.controllerLabel ?? p.controllerId);
  }
  places?.update(data, day);
  renderLegend(legend, control);
}

function refreshTab(tab: Tab): void {
  if (tab === 'claims') void panel.show('claims', () => claimsList(toQuery(readFilters(form)), openActor));
  if (tab === 'contradictions') void panel.show('contradictions', () => contradictionsView(openActor, (id) => places?.props(id)?.name));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('#tabs button')) {
  button.addEventListener('click', () => {
    const tab = button.dataset.tab as Tab;
    panel.activate(tab);
    refreshTab(tab);
  });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void loadEvents();
  if (panel.active() === 'claims') refreshTab('claims');
});
form.addEventListener('reset', () => setTimeout(() => form.requestSubmit(), 0));

byId('lang-toggle').addEventListener('click', () => setLang(lang() === 'en' ? 'fr' : 'en'));
const relabelCountries: (() => void)[] = [];
onLangChange(() => {
  translateStatic();
  fillSelects(form);
  renderLegend(legend, control);
  for (const f of relabelCountries) f();
  eventQuery();
  if (control) places?.update(control, slider.day());
  if (lastEvents) renderEventList(byId('event-list'), lastEvents, openEvent);
  redrawDetails?.();
  if (panel.active() !== 'details') refreshTab(panel.active());
});

map.on('load', () => {
  events = eventsLayer(map, openEvent, setCount);
  places = placesLayer(map, openPlace);
  relabelCountries.push(countryLabels(map));
  void lastDataDay().then((last) => {
    slider.setRange(last);
    void onDay(last);
  });
});
