/** The Vue example's entry: the plugin registers the mz-* elements before the app mounts. */
// #region readme
import { MingzhengPlugin } from '@mingzheng/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).use(MingzhengPlugin).mount('#app');
// #endregion
