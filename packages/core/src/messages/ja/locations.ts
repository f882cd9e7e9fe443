import type { MessageTree } from '../types';

export const locations: MessageTree = {
  location: {
    'other-bsp': {
      from: '他のビジネスソリューションプロバイダ（BSP）',
      to: '他のビジネスソリューションプロバイダ（BSP）へ',
    },
    'this-provider': {
      from: '{{provider}}',
      to: '{{provider}} へ',
    },
    'provider-hosted-waba': {
      from: '{{provider}} がホストしている WhatsApp Business アカウント',
      to: '{{provider}} がホストする WhatsApp Business アカウントへ',
    },
    'self-hosted-waba': {
      from: '自社の Meta ビジネスマネージャにある WhatsApp Business アカウント',
      to: '自社の Meta ビジネスマネージャにある WhatsApp Business アカウントへ',
    },
  },
};
