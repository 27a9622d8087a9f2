// The details dialog tells the truth about getting in touch, for every demo service, against the
// real API (started by the wtr config): the contact section holds only contacts, each a link of a
// safe scheme; no "referral needed" text where none is needed; where a service publishes no
// contact, the catalogue's service guidance stands there instead.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createPolkuClient } from '@polku/client';
import type { Service } from '@polku/contract';
import { type PolkuServiceDetails, registerPolkuElements } from '../../src/index.js';
import { detailsMessages } from '../../src/translations/details/index.js';

const fi = detailsMessages.fi;

registerPolkuElements();

const api = (window as { POLKU_TEST_API?: string }).POLKU_TEST_API ?? '';
const client = createPolkuClient({ baseUrl: api });

function contactSection(element: PolkuServiceDetails): HTMLElement {
  const heading = [...(element.shadowRoot?.querySelectorAll('h2, h3') ?? [])].find(
    (h3) => h3.textContent?.trim() === fi.contact,
  );
  if (!heading?.parentElement) throw new Error('no contact section');
  return heading.parentElement;
}

describe('<polku-service-details> contacts', () => {
  let services: Service[] = [];
  before(async () => {
    for await (const service of client.services.searchAll({ lang: 'fi' })) services.push(service);
    services = await Promise.all(services.map((service) => client.services.get(service.id)));
  });

  it('lists only ways to get in touch, each a safe link, and never a referral line there', async () => {
    expect(services.length).to.equal(52);
    const element = await fixture<PolkuServiceDetails>(
      html`<polku-service-details lang="fi" .client=${client}></polku-service-details>`,
    );
    for (const service of services) {
      element.service = service;
      element.serviceId = service.id;
      await element.updateComplete;
      const section = contactSection(element);
      const text = section.textContent ?? '';
      expect(text, service.name.fi).not.to.contain(fi.referralRequired);
      expect(text, service.name.fi).not.to.contain(fi.referralNotRequired);
      expect(text, service.name.fi).not.to.contain(fi.channelTypes.home_visit);
      for (const link of section.querySelectorAll('a')) {
        expect(link.href, service.name.fi).to.match(/^(tel:\+?[0-9]+|mailto:|https:\/\/)/);
      }
      const whole = element.shadowRoot?.textContent ?? '';
      if (!service.referral.required)
        expect(whole, service.name.fi).not.to.contain(fi.referralRequired);
      const contacts = service.channels.filter((channel) => channel.type !== 'home_visit');
      if (contacts.length > 0)
        expect(section.querySelectorAll('a').length, service.name.fi).to.be.greaterThan(0);
    }
  });

  it('shows the service guidance line where a service publishes no contact', async () => {
    // Every demo service now publishes a contact, so take one with a contact_note and strip its
    // ways to get in touch (home visits stay: they are not a contact).
    const base = services.find((candidate) => candidate.contact_note);
    expect(base, 'a demo service with a contact_note').to.exist;
    const service: Service | undefined = base && {
      ...base,
      channels: base.channels.filter((channel) => channel.type === 'home_visit'),
    };
    const element = await fixture<PolkuServiceDetails>(
      html`<polku-service-details lang="fi" .client=${client} .service=${service} service-id=${service?.id ?? ''}></polku-service-details>`,
    );
    await waitUntil(
      () => contactSection(element).querySelector('a[href^="tel:"]'),
      'the guidance line',
      { timeout: 5000 },
    );
    const section = contactSection(element);
    expect(section.textContent).to.contain(fi.askInstead);
    expect(section.querySelector('a[href^="tel:"]')?.textContent).to.equal('019 5600 111');
    expect(section.textContent).to.contain(service?.contact_note?.fi ?? '-');
  });

  it("puts the source line in the reader's language", async () => {
    const element = await fixture<PolkuServiceDetails>(
      html`<polku-service-details lang="sv" .client=${client} .service=${services[0]} service-id=${services[0]?.id ?? ''}></polku-service-details>`,
    );
    const source = [...(element.shadowRoot?.querySelectorAll('p.muted') ?? [])].at(-1);
    expect(source?.textContent).to.contain('Källa: Östra Nylands välfärdsområde');
  });

  it('inline: the same details in the page, the name its main heading, every section’s under it', async () => {
    const service = services.find((candidate) => candidate.audience.description) ?? services[0];
    const element = await fixture<PolkuServiceDetails>(
      html`<polku-service-details inline lang="fi" .service=${service}></polku-service-details>`,
    );
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelector('dialog'), 'no dialog').to.equal(null);
    expect(root.querySelector('.close'), 'nothing to close').to.equal(null);
    const heading = root.querySelector('[part="base"] #details-heading');
    expect(heading?.tagName).to.equal('H1');
    expect(heading?.textContent?.trim()).to.equal(service?.name.fi);
    const sections = [...root.querySelectorAll('section > :first-child')];
    expect(sections.length).to.be.greaterThan(3);
    expect(sections.every((section) => section.tagName === 'H2')).to.equal(true);
    expect(sections.map((section) => section.textContent)).to.include(fi.contact);
    expect((heading as HTMLElement).checkVisibility(), 'shown without being opened').to.equal(true);
    await element.show(service as Service);
    expect(root.querySelector('dialog'), 'show() changes nothing').to.equal(null);
    await expect(element).to.be.accessible();
  });
});
