/** The Vue fixture's entry: the plugin registers the mz-* elements before the app mounts. */
import { MingzhengPlugin } from '@mingzheng/vue';
import { createApp } from 'vue';
import AllElements from './AllElements.vue';

createApp(AllElements).use(MingzhengPlugin).mount('#app');
