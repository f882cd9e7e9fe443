import type { MessageTree } from '../types';

export const carryOver = {
  carryOver: {
    'display-name': {
      title: 'Display name',
      detail:
        'The business name shown in WhatsApp stays the same. It must already be approved by Meta, with no name change pending, before the move.',
    },
    'quality-rating': {
      title: 'Quality rating',
      detail:
        "The phone number's quality rating moves with it. Message templates have separate ratings, which don't carry over.",
    },
    'messaging-limit': {
      title: 'Messaging limit',
      detail:
        'Since October 7, 2025, Meta sets the messaging limit per business portfolio, not per number. In the same business portfolio, the limit stays as it was.',
    },
    'official-business-account': {
      title: 'Official Business Account status (blue tick)',
      detail:
        'If the number is an Official Business Account, it keeps the status and its blue tick. Two-step verification must be off during the move; you can turn it on again afterwards.',
    },
    'approved-templates': {
      title: 'Approved high-quality message templates',
      detail:
        "Approved, high-quality templates are copied to the new WABA and approved there automatically, as long as it has room: a WABA of an unverified business portfolio holds up to 250 templates (a verified one with an approved display name holds more), so re-create and submit any that don't fit. Copying takes a while after the move, and a template can't be used until it has been copied. Meta checks the copies against its category guidelines again, so a copy may be rejected. Templates already in the new WABA aren't affected.",
    },
    'media-and-message-ids': {
      title: 'Uploaded media and message IDs',
      detail:
        "Media uploaded for the number and message IDs can still be used after the move. Exception: if the number was on the On-Premises API, uploaded media doesn't move.",
    },
    'template-quality-ratings': {
      title: 'Template quality ratings',
      detail:
        "Copied templates don't keep their quality ratings. They start as UNKNOWN and stay that way for the first 24 hours; after that, Meta rates them again once there is enough data.",
    },
    'low-quality-or-unapproved-templates': {
      title: 'Low-quality, rejected and pending templates',
      detail:
        "Templates that are low quality, rejected or still waiting for review aren't copied. If you still need them, re-create them in the new WABA and submit them for review.",
    },
    'message-history': {
      title: 'Chat and message history',
      detail:
        "Past conversations don't move with the number. If you need to keep them, ask your current provider before the move whether you can export them.",
    },
    catalogs: {
      title: 'Catalogs',
      detail: "Catalogs don't move with the number. If you use one, you'll need to set it up again after the move.",
    },
    billing: {
      title: 'Billing',
      detail:
        "Billing stays with each WABA. Messages delivered before the move are billed through the old WABA and its provider, and messages delivered after it through the new WABA; a message sent before the move but delivered after it is still billed to the old one. The new WABA needs a payment method or credit line before the move; without one, it can't send messages after the move.",
    },
    'app-keeps-working': {
      title: 'The WhatsApp Business app',
      detail:
        'You keep using the app on your phone. Messages can be sent and answered from both the app and {{provider}}.',
    },
    'chat-history-shared': {
      title: 'Chat history',
      detail:
        'When you confirm the connection in the app, you choose whether to share your chat history with {{provider}}.',
    },
    'one-portfolio-only': {
      title: 'Moving to another business portfolio later',
      detail:
        "The WhatsApp Business Account created for an app number holds only this number and can't be moved to another business portfolio.",
    },
    'templates-recreated': {
      title: 'Message templates',
      detail: "Templates don't move to another business portfolio. Create them again there and submit them for review.",
    },
    'display-name-reviewed-again': {
      title: 'Display name approval',
      detail: "Meta reviews the display name again in the new business portfolio; the earlier approval doesn't move.",
    },
    'same-waba': {
      title: 'The WhatsApp Business Account itself',
      detail:
        'The account stays the same, with its number, display name, templates and ratings. Only the provider that can use it changes.',
    },
    'same-number': {
      title: 'Your phone number',
      detail: 'Customers reach you on the same number, now through {{provider}}.',
    },
    'app-chats': {
      title: 'Chats in the WhatsApp Business app',
      detail: "Deleting the app account removes its chats; they don't move to {{provider}}.",
    },
    'messaging-limit-new-portfolio': {
      title: 'Messaging limit',
      detail:
        "Messaging limits belong to the business portfolio, so the number sends within the new portfolio's limit, not the old one's.",
    },
    'reshare-messaging-pause': {
      title: 'Messaging during the switch',
      detail:
        'No messages can be sent from the moment you share the account until the 1st of the month after {{provider}} shares its credit line.',
    },
  },
} satisfies MessageTree;
