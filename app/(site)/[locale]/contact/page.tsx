import { sitePage } from '../site-page'

const page = sitePage('contact')
export const generateMetadata = page.generateMetadata
export default page.Page
